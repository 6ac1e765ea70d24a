package com.kamsuite.events.incentive;

import java.math.BigDecimal;

/**
 * The payout of a bonus plan for a period was (re)calculated; it is open until approved. {@code calculation} counts
 * the calculations of this run from 1; {@code inputDigest} is the SHA-256 of every input (plan version, quotas,
 * credits, satisfaction, balances brought forward), so two calculations with the same digest give the same
 * statements. Period: {@code yyyy-MM} or {@code yyyy-Qn}. Key = payout run id.
 */
public record PayoutCalculated(
        String runId,
        String planId,
        int planVersion,
        String divisionId,
        String period,
        int calculation,
        String currency,
        BigDecimal totalPayout,
        int participantCount,
        String inputDigest) {
}
