package com.kamsuite.customer.revenue.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What customer-service knows of an opportunity, from opportunity-service's events: enough to total revenue. */
public record OpportunityLine(String opportunityId, String customerId, String divisionId, BigDecimal amount,
                              String currency, Status status, LocalDate closedOn) {

    public enum Status {
        OPEN, WON, LOST
    }

    public boolean wonBetween(LocalDate fromInclusive, LocalDate toExclusive) {
        return status == Status.WON && closedOn != null && !closedOn.isBefore(fromInclusive) && closedOn.isBefore(toExclusive);
    }
}
