package com.kamsuite.kit.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The suite's one rule for ratios shown as percentages: part / whole × 100, rounded by {@link Money#round}; a zero
 * whole has no ratio (empty), and a screen that shows one anyway says what it shows. A percentage is never fed back
 * into an amount: {@link #of(BigDecimal, BigDecimal)} applies one to the exact amount.
 */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    public static Optional<BigDecimal> ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Optional.empty()
                : Optional.of(part.multiply(HUNDRED).divide(whole, Money.SCALE, Money.ROUNDING));
    }

    /** amount × percent / 100, exact. */
    public static BigDecimal of(BigDecimal percent, BigDecimal amount) {
        return amount.multiply(percent).movePointLeft(2);
    }
}
