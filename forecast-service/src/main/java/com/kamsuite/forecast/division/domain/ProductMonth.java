package com.kamsuite.forecast.division.domain;

import com.kamsuite.forecast.shared.domain.Money;
import com.kamsuite.forecast.submission.domain.ForecastLine;
import com.kamsuite.forecast.submission.domain.ProductLine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A product in a delivery month, counted in one unit of measure: the grain production planning works in, and the
 * grain of the channel comparison (quantities in different units are never added).
 */
public record ProductMonth(String productCode, String deliveryMonth, String unit) implements Comparable<ProductMonth> {

    /** Expected quantity and amount, with the product's name where one is known. */
    public record Figures(String productName, BigDecimal quantity, BigDecimal amount) {

        public static final Figures NONE = new Figures(null, Money.ZERO, Money.ZERO);

        Figures plus(String name, BigDecimal moreQuantity, BigDecimal moreAmount) {
            return new Figures(productName != null ? productName : name, quantity.add(moreQuantity), amount.add(moreAmount));
        }
    }

    /** The expected quantities and amounts of a forecast's lines, per product and delivery month. */
    public static Map<ProductMonth, Figures> ofLines(List<ForecastLine> lines) {
        Map<ProductMonth, Figures> figures = new TreeMap<>();
        for (ForecastLine line : lines) {
            for (ProductLine product : line.products()) {
                figures.merge(new ProductMonth(product.productCode(), product.deliveryMonth(), product.unit()),
                        new Figures(product.productName(), product.expectedQuantity(), product.expectedAmount()),
                        (a, b) -> a.plus(b.productName(), b.quantity(), b.amount()));
            }
        }
        return figures;
    }

    /** The quantities and amounts of a partner's forecast, per product and delivery month. */
    public static Map<ProductMonth, Figures> ofPartner(PartnerForecast forecast) {
        Map<ProductMonth, Figures> figures = new TreeMap<>();
        forecast.lines().forEach(line -> figures.merge(new ProductMonth(line.productCode(), line.deliveryMonth(), line.unit()),
                new Figures(line.productName(), line.quantity(), line.amount()),
                (a, b) -> a.plus(b.productName(), b.quantity(), b.amount())));
        return figures;
    }

    @Override
    public int compareTo(ProductMonth other) {
        int byMonth = deliveryMonth.compareTo(other.deliveryMonth);
        int byProduct = byMonth != 0 ? byMonth : productCode.compareTo(other.productCode);
        return byProduct != 0 ? byProduct : unit.compareTo(other.unit);
    }
}
