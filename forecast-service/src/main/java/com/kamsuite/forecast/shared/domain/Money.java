package com.kamsuite.forecast.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rules of this service. Amounts and expected quantities are {@link BigDecimal}s; each figure a person
 * reads (a weighted line, a product's share, a variance) is rounded once, half-up to 2 decimals, and totals are sums
 * of rounded figures, so every view adds up as printed. Percentages are rounded half-up to 2 decimals and never fed
 * back into amounts.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, ROUNDING);
    }

    /** value × percent / 100, rounded. */
    public static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return round(value.multiply(percent).movePointLeft(2));
    }

    /** part / whole × 100, rounded; null when the whole is zero (no meaningful ratio). */
    public static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, SCALE, ROUNDING);
    }

    /** Whether a value is a non-negative amount with at most 2 decimals. */
    public static boolean isAmount(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.stripTrailingZeros().scale() <= SCALE;
    }
}
