package com.kamsuite.opportunity.opportunity.domain;

import java.math.BigDecimal;

/** Numbers compared by value: 10, 10.0 and 10.00 are one quantity, stored without trailing zeros (never as 1E+1). */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal normalised(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
