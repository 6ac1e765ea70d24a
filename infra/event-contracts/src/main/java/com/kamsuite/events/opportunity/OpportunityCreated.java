package com.kamsuite.events.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

public record OpportunityCreated(
        String opportunityId,
        String customerId,
        String name,
        BigDecimal amount,
        String currency,
        LocalDate expectedCloseDate,
        String ownerId,
        String stage) {
}
