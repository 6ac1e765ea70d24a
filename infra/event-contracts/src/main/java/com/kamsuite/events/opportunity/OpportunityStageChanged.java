package com.kamsuite.events.opportunity;

import java.math.BigDecimal;

/**
 * An opportunity moved between two open stages (01–07), forward or back. Winning and losing are
 * {@link OpportunityWon} and {@link OpportunityLost}. {@code probability} is the division's win probability of the
 * new stage, in percent; {@code reason} is required when moving back.
 */
public record OpportunityStageChanged(
        String opportunityId,
        String customerId,
        String ownerId,
        String fromStage,
        String toStage,
        BigDecimal probability,
        BigDecimal amount,
        String currency,
        String changedBy,
        String reason) {
}
