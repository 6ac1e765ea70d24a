package com.kamsuite.teamincentive.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rounding rules of money in this service. Amounts are {@link BigDecimal}s in the currency of their plan; products
 * and sums are computed exactly, and a figure is rounded once, half-up to 2 decimals (fen / cents), when it becomes a
 * line that people read (a statement line, a monthly quota). Totals are sums of rounded lines, so every statement adds
 * up to the cent as printed. Ratios shown as percentages are rounded half-up to 2 decimals and never fed back into
 * amounts.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /** part / whole × 100, half-up to 2 decimals; 0 for a zero whole. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? ZERO : part.multiply(HUNDRED).divide(whole, SCALE, ROUNDING);
    }

    /** amount × percent / 100, exact. */
    public static BigDecimal ofPercent(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).movePointLeft(2);
    }
}
