package com.kamsuite.events.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An opportunity was won. {@code credits} split the sales credit among the people who share it
 * (their percentages add up to 100); the primary owner alone when nobody shares.
 */
public record OpportunityWon(
        String opportunityId,
        String customerId,
        BigDecimal amount,
        String currency,
        LocalDate wonOn,
        String ownerId,
        List<Credit> credits) {

    public OpportunityWon {
        credits = credits == null ? List.of() : List.copyOf(credits);
    }

    public record Credit(String personId, BigDecimal percent) {
    }
}
