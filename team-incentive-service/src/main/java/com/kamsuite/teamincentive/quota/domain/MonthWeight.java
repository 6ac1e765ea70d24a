package com.kamsuite.teamincentive.quota.domain;

import java.math.BigDecimal;

/** The seasonality of one month: its share of the year's quota is weight / sum of the weights. */
public record MonthWeight(String month, BigDecimal weight) {

    public MonthWeight {
        java.time.YearMonth.parse(month);
        if (weight == null || weight.signum() < 0) {
            throw new IllegalArgumentException("a month weight is not negative");
        }
    }
}
