package com.kamsuite.forecast.division.domain;

import com.kamsuite.forecast.shared.domain.Money;
import com.kamsuite.forecast.submission.domain.ForecastLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * F4: the division's direct roll-up against the channel partners' forecasts. Variance = partners − direct, in quantity
 * and amount; the percentage is relative to the direct amount (null where the direct side has nothing). Rows are per
 * product × delivery month × unit of measure with each partner's share; the same variance is summed per product (and
 * unit: quantities of different units are never added) and per month (amounts only mean something there), and each
 * partner's total is listed.
 */
public final class ChannelComparison {

    private ChannelComparison() {
    }

    public record PartnerFigures(String partnerId, int version, BigDecimal quantity, BigDecimal amount) {
    }

    public record Variance(String productCode, String productName, String deliveryMonth, String unit, BigDecimal directQuantity,
                           BigDecimal directAmount, BigDecimal partnerQuantity, BigDecimal partnerAmount,
                           BigDecimal varianceQuantity, BigDecimal varianceAmount, BigDecimal variancePercent,
                           List<PartnerFigures> partners) {
    }

    public record Result(List<Variance> rows, List<Variance> byProduct, List<Variance> byMonth,
                         List<PartnerFigures> byPartner, BigDecimal directAmount, BigDecimal partnerAmount) {
    }

    public static Result compare(List<ForecastLine> directLines, List<PartnerForecast> partners) {
        Map<ProductMonth, ProductMonth.Figures> direct = ProductMonth.ofLines(directLines);
        Map<String, Map<ProductMonth, ProductMonth.Figures>> byPartner = new TreeMap<>();
        Map<String, Integer> versions = new TreeMap<>();
        partners.forEach(p -> {
            byPartner.put(p.partnerId(), ProductMonth.ofPartner(p));
            versions.put(p.partnerId(), p.versionNumber());
        });
        TreeSet<ProductMonth> keys = new TreeSet<>(direct.keySet());
        byPartner.values().forEach(m -> keys.addAll(m.keySet()));

        List<Variance> rows = new ArrayList<>();
        for (ProductMonth key : keys) {
            ProductMonth.Figures d = direct.getOrDefault(key, ProductMonth.Figures.NONE);
            List<PartnerFigures> shares = new ArrayList<>();
            String name = d.productName();
            for (var partner : byPartner.entrySet()) {
                ProductMonth.Figures f = partner.getValue().get(key);
                if (f != null) {
                    shares.add(new PartnerFigures(partner.getKey(), versions.get(partner.getKey()), f.quantity(), f.amount()));
                    name = name != null ? name : f.productName();
                }
            }
            rows.add(variance(key.productCode(), name, key.deliveryMonth(), key.unit(), d.quantity(), d.amount(),
                    sum(shares, PartnerFigures::quantity), sum(shares, PartnerFigures::amount), shares));
        }
        List<PartnerFigures> partnerTotals = byPartner.entrySet().stream().map(e -> new PartnerFigures(e.getKey(),
                versions.get(e.getKey()), e.getValue().values().stream().map(ProductMonth.Figures::quantity).reduce(Money.ZERO, BigDecimal::add),
                e.getValue().values().stream().map(ProductMonth.Figures::amount).reduce(Money.ZERO, BigDecimal::add))).toList();
        return new Result(rows, summed(rows, v -> v.productCode() + " " + v.unit(), true), summed(rows, Variance::deliveryMonth, false),
                partnerTotals, sum(rows, Variance::directAmount), sum(rows, Variance::partnerAmount));
    }

    private static List<Variance> summed(List<Variance> rows, Function<Variance, String> key, boolean byProduct) {
        Map<String, List<Variance>> groups = new TreeMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return groups.entrySet().stream().map(e -> variance(byProduct ? e.getValue().get(0).productCode() : null,
                        byProduct ? e.getValue().get(0).productName() : null, byProduct ? null : e.getKey(),
                        byProduct ? e.getValue().get(0).unit() : null,
                        sum(e.getValue(), Variance::directQuantity), sum(e.getValue(), Variance::directAmount),
                        sum(e.getValue(), Variance::partnerQuantity), sum(e.getValue(), Variance::partnerAmount), List.of()))
                .sorted(Comparator.comparing(v -> byProduct ? v.productCode() : v.deliveryMonth())).toList();
    }

    private static Variance variance(String product, String name, String month, String unit, BigDecimal directQuantity,
                                     BigDecimal directAmount, BigDecimal partnerQuantity, BigDecimal partnerAmount,
                                     List<PartnerFigures> partners) {
        BigDecimal varianceAmount = partnerAmount.subtract(directAmount);
        return new Variance(product, name, month, unit, directQuantity, directAmount, partnerQuantity, partnerAmount,
                partnerQuantity.subtract(directQuantity), varianceAmount, Money.ratio(varianceAmount, directAmount), partners);
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> value) {
        return items.stream().map(value).reduce(Money.ZERO, BigDecimal::add);
    }
}
