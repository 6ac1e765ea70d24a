package com.kamsuite.events.incentive;

import java.time.LocalDate;
import java.util.List;

/**
 * Finance approved a version of a bonus plan. {@code planKey} identifies the plan across its versions; a version
 * applies to payout periods starting on or after {@code effectiveFrom} until a later approved version takes over.
 * Key = plan version id.
 */
public record BonusPlanApproved(
        String planId,
        String planKey,
        int version,
        String divisionId,
        String name,
        LocalDate effectiveFrom,
        String periodicity,
        String currency,
        String approvedBy,
        List<String> participantIds) {

    public BonusPlanApproved {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    }

}
