package com.kamsuite.teamincentive.bonus.domain;

import java.math.BigDecimal;

/**
 * From {@code fromPercent} attainment on (up to the next band), revenue earns base rate × {@code multiplier}.
 * Tiers are the bands below 100 %; accelerators the bands from 100 % on.
 */
public record Band(BigDecimal fromPercent, BigDecimal multiplier) {

    public Band {
        if (fromPercent == null || fromPercent.signum() < 0 || multiplier == null || multiplier.signum() < 0) {
            throw new IllegalArgumentException("a band starts at an attainment of 0 % or more and has a multiplier of 0 or more");
        }
    }
}
