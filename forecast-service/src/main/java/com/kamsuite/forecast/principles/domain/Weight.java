package com.kamsuite.forecast.principles.domain;

import java.math.BigDecimal;

/** The category of a line and the percentage of its amount that counts (0–100). */
public record Weight(Category category, BigDecimal percent) {

    public Weight {
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a weight is a percentage from 0 to 100: " + percent);
        }
    }
}
