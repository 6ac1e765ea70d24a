package com.kamsuite.forecast.division.domain;

import com.kamsuite.forecast.shared.domain.Money;
import com.kamsuite.forecast.submission.domain.Forecast;
import com.kamsuite.forecast.submission.domain.ForecastLine;
import com.kamsuite.forecast.submission.domain.ProductLine;
import com.kamsuite.kit.domain.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * What production planning receives of a finalisation (F4, {@code kam.forecast.published.v2}): product × delivery
 * month × unit items in whole units whose amounts add up to the total the managers stand behind.
 * <ul>
 * <li><b>Amounts.</b> A direct item starts with the expected amounts of its product lines (each line's weighted amount
 * spread over its products, {@code LineMath}). The rest of the direct forecast amount — the managers' total
 * adjustments, and the weighted amount of lines that name no products — is spread over the direct items in proportion
 * to those amounts, to the cent by largest remainder (ties to the earlier item), so the direct items add up to the
 * direct forecast amount exactly. A channel item's amount is the included partners' amounts, untouched.</li>
 * <li><b>Quantities.</b> Money spread this way never changes a quantity: an adjustment of the total says how much,
 * not which products. A direct quantity is the sum of quantity × weight of the item's product lines, unrounded,
 * rounded half-up to a whole unit once per item (20.8 → 21); a channel quantity the partners' quantities, rounded
 * likewise; the item's quantity is their sum.</li>
 * </ul>
 * A direct forecast amount with no direct product to carry it cannot be published ({@code nothing-to-carry}).
 */
public final class ProductionFigures {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private ProductionFigures() {
    }

    /** One product in one delivery month and unit: whole units and amounts, direct and channel. */
    public record Item(String productCode, String productName, String deliveryMonth, String unit, long directQuantity,
                       long channelQuantity, BigDecimal directAmount, BigDecimal channelAmount) {

        public long quantity() {
            return directQuantity + channelQuantity;
        }

        public BigDecimal amount() {
            return directAmount.add(channelAmount);
        }
    }

    public record Result(List<Item> items, BigDecimal directAmount, BigDecimal channelAmount) {

        public BigDecimal totalAmount() {
            return directAmount.add(channelAmount);
        }
    }

    public static Result of(Forecast source, List<PartnerForecast> partners) {
        TreeMap<ProductMonth, Sums> sums = new TreeMap<>();
        for (ForecastLine line : source.lines()) {
            for (ProductLine product : line.products()) {
                sums.computeIfAbsent(new ProductMonth(product.productCode(), product.deliveryMonth(), product.unit()),
                                key -> new Sums()).direct(product.productName(),
                                product.quantity().multiply(line.weightPercent()).movePointLeft(2), product.expectedAmount());
            }
        }
        for (PartnerForecast partner : partners) {
            for (PartnerLine line : partner.lines()) {
                sums.computeIfAbsent(new ProductMonth(line.productCode(), line.deliveryMonth(), line.unit()), key -> new Sums())
                        .channel(line.productName(), line.quantity(), line.amount());
            }
        }
        List<ProductMonth> keys = new ArrayList<>(sums.keySet());
        List<BigDecimal> productAmounts = keys.stream().map(key -> sums.get(key).directAmount).toList();
        BigDecimal directAmount = Money.round(source.forecastAmount());
        List<BigDecimal> directAmounts = spread(directAmount, productAmounts, source.id());

        List<Item> items = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            ProductMonth key = keys.get(i);
            Sums s = sums.get(key);
            Item item = new Item(key.productCode(), s.productName, key.deliveryMonth(), key.unit(), wholeUnits(s.directQuantity),
                    wholeUnits(s.channelQuantity), Money.round(directAmounts.get(i)), Money.round(s.channelAmount));
            if (item.quantity() != 0 || item.amount().signum() != 0) {
                items.add(item);
            }
        }
        BigDecimal channelAmount = Money.round(items.stream().map(Item::channelAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        return new Result(List.copyOf(items), directAmount, channelAmount);
    }

    /**
     * {@code target} over items in proportion to their {@code amounts}: each gets its amount plus its share of the
     * difference, floored to the cent; the cents left go one each to the largest fractions (the earlier item on a tie).
     */
    static List<BigDecimal> spread(BigDecimal target, List<BigDecimal> amounts, String forecastId) {
        BigDecimal base = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal difference = target.subtract(base);
        if (difference.signum() == 0) {
            return amounts;
        }
        if (base.signum() <= 0 || target.signum() < 0) {
            throw new RuleViolationException("nothing-to-carry", "forecast " + forecastId + " has " + target.toPlainString()
                    + " but no products to carry " + difference.toPlainString(), forecastId, target.toPlainString());
        }
        List<BigDecimal> result = new ArrayList<>();
        List<BigDecimal> fractions = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            BigDecimal share = difference.multiply(amount);
            BigDecimal floored = share.divide(base, 2, RoundingMode.FLOOR);
            result.add(amount.add(floored));
            fractions.add(share.subtract(floored.multiply(base))); // what the floor left out, times base: comparable
            allocated = allocated.add(floored);
        }
        int cents = difference.subtract(allocated).divide(CENT, 0, RoundingMode.UNNECESSARY).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> fractions.get(i)).reversed().thenComparing(i -> i));
        for (int i = 0; i < cents; i++) {
            int index = order.get(i);
            result.set(index, result.get(index).add(CENT));
        }
        return result;
    }

    private static long wholeUnits(BigDecimal quantity) {
        return quantity.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static final class Sums {

        private String productName;
        private BigDecimal directQuantity = BigDecimal.ZERO;
        private BigDecimal directAmount = BigDecimal.ZERO;
        private BigDecimal channelQuantity = BigDecimal.ZERO;
        private BigDecimal channelAmount = BigDecimal.ZERO;

        void direct(String name, BigDecimal quantity, BigDecimal amount) {
            productName = productName != null ? productName : name;
            directQuantity = directQuantity.add(quantity);
            directAmount = directAmount.add(amount == null ? BigDecimal.ZERO : amount);
        }

        void channel(String name, BigDecimal quantity, BigDecimal amount) {
            productName = productName != null ? productName : name;
            channelQuantity = channelQuantity.add(quantity);
            channelAmount = channelAmount.add(amount);
        }
    }
}
