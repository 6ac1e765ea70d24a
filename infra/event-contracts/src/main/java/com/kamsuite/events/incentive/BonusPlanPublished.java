package com.kamsuite.events.incentive;

import java.time.LocalDate;
import java.util.List;

/**
 * An approved bonus plan version was published to its participants (each may now read it and their statements).
 * Key = plan version id.
 */
public record BonusPlanPublished(
        String planId,
        String planKey,
        int version,
        String divisionId,
        String name,
        LocalDate effectiveFrom,
        String publishedBy,
        List<String> participantIds) {

    public BonusPlanPublished {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    }

}
