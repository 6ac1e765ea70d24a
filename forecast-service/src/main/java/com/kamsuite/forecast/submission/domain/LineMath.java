package com.kamsuite.forecast.submission.domain;

import com.kamsuite.forecast.shared.domain.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a forecast line. The weighted amount is amount × weight, half-up to 2 decimals. Each product's
 * expected quantity is its quantity × weight (half-up, 2 decimals); the line's weighted amount is spread over its
 * products in proportion to their value (quantity × unit price; by quantity when a price is missing), and the last
 * product takes the rounding remainder, so the products add up to the line exactly.
 */
public final class LineMath {

    private LineMath() {
    }

    public static BigDecimal weighted(BigDecimal amount, BigDecimal weightPercent) {
        return Money.percentOf(amount, weightPercent);
    }

    public static List<ProductLine> spread(List<ProductLine> products, BigDecimal weightPercent, BigDecimal weightedAmount) {
        if (products.isEmpty()) {
            return List.of();
        }
        boolean priced = products.stream().allMatch(p -> p.unitPrice() != null)
                && products.stream().map(p -> p.quantity().multiply(p.unitPrice())).reduce(BigDecimal.ZERO, BigDecimal::add).signum() > 0;
        List<BigDecimal> bases = products.stream().map(p -> priced ? p.quantity().multiply(p.unitPrice()) : p.quantity()).toList();
        BigDecimal total = bases.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ProductLine> spread = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < products.size(); i++) {
            ProductLine product = products.get(i);
            BigDecimal share = i == products.size() - 1 ? weightedAmount.subtract(allocated)
                    : Money.round(weightedAmount.multiply(bases.get(i)).divide(total, 10, Money.ROUNDING));
            allocated = allocated.add(share);
            spread.add(new ProductLine(product.productCode(), product.productName(), product.deliveryMonth(),
                    product.quantity(), product.unitPrice(), Money.percentOf(product.quantity(), weightPercent),
                    Money.round(share), product.unit()));
        }
        return spread;
    }
}
