package com.kamsuite.events.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

public record OpportunityLost(
        String opportunityId,
        String customerId,
        BigDecimal amount,
        String currency,
        LocalDate lostOn,
        String ownerId,
        String reason,
        String winningCompetitor) {
}
