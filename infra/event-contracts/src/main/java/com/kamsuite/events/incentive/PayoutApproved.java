package com.kamsuite.events.incentive;

import java.math.BigDecimal;
import java.util.List;

/**
 * Finance approved the payout of a period: from now on it is locked (never recalculated, never rewritten), and
 * payroll pays {@code payouts}. Key = payout run id.
 */
public record PayoutApproved(
        String runId,
        String planId,
        int planVersion,
        String divisionId,
        String period,
        int calculation,
        String currency,
        BigDecimal totalPayout,
        String approvedBy,
        List<Payout> payouts) {

    public PayoutApproved {
        payouts = payouts == null ? List.of() : List.copyOf(payouts);
    }

    public record Payout(String personId, BigDecimal amount) {
    }
}
