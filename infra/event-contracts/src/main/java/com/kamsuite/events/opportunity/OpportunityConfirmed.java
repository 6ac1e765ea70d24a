package com.kamsuite.events.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The primary owner confirmed the opportunity as forecastable (O8): from now on it is a line of the owner's forecast.
 * Carries everything a forecast line needs, so forecast-service keeps its replica from opportunity events alone.
 */
public record OpportunityConfirmed(
        String opportunityId,
        String customerId,
        String name,
        String ownerId,
        String stage,
        BigDecimal probability,
        BigDecimal amount,
        String currency,
        LocalDate expectedCloseDate,
        List<OpportunityProduct> products,
        String confirmedBy) {

    public OpportunityConfirmed {
        products = products == null ? List.of() : List.copyOf(products);
    }
}
