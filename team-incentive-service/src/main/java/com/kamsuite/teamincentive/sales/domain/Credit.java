package com.kamsuite.teamincentive.sales.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One person's share of a won opportunity: {@code amount} = opportunity amount × percent / 100, exact (no rounding:
 * a percentage with n decimals times an amount with 2 decimals has a finite decimal expansion). {@code reversedOn} is
 * set when the opportunity was lost or cancelled after it was won.
 */
public record Credit(String opportunityId, String customerId, String personId, BigDecimal amount, String currency,
                     LocalDate wonOn, LocalDate reversedOn) {

    /** Whether the credit still counts on {@code date}: won by then and not reversed by then. */
    public boolean standsOn(LocalDate date) {
        return !wonOn.isAfter(date) && (reversedOn == null || reversedOn.isAfter(date));
    }
}
