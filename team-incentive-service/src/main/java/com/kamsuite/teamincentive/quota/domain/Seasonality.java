package com.kamsuite.teamincentive.quota.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads an amount over the months of a plan by their weights. Rounding rule: each month is
 * amount × weight / Σ weights rounded half-up to 2 decimals, except the last month, which takes what is left, so the
 * months always add up to the amount exactly. Without weights (or all zero) the months weigh the same.
 */
public final class Seasonality {

    private final List<MonthWeight> weights;

    public Seasonality(List<MonthWeight> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("a plan covers at least one month");
        }
        BigDecimal sum = weights.stream().map(MonthWeight::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.weights = sum.signum() == 0
                ? weights.stream().map(w -> new MonthWeight(w.month(), BigDecimal.ONE)).toList()
                : List.copyOf(weights);
    }

    public static Seasonality flat(YearMonth from, YearMonth to) {
        List<MonthWeight> weights = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            weights.add(new MonthWeight(month.toString(), BigDecimal.ONE));
        }
        return new Seasonality(weights);
    }

    public List<MonthWeight> weights() {
        return weights;
    }

    public Map<String, BigDecimal> spread(BigDecimal amount) {
        BigDecimal sum = weights.stream().map(MonthWeight::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> months = new LinkedHashMap<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < weights.size(); i++) {
            MonthWeight weight = weights.get(i);
            BigDecimal share = i == weights.size() - 1
                    ? amount.subtract(given)
                    : amount.multiply(weight.weight()).divide(sum, 2, RoundingMode.HALF_UP);
            months.put(weight.month(), share.setScale(2, RoundingMode.HALF_UP));
            given = given.add(share);
        }
        return months;
    }
}
