package com.kamsuite.events.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The commercial content of an opportunity changed: name, amount, expected close date or products (the whole new state of each). */
public record OpportunityRevised(
        String opportunityId,
        String customerId,
        String name,
        BigDecimal amount,
        String currency,
        LocalDate expectedCloseDate,
        List<OpportunityProduct> products,
        String revisedBy) {

    public OpportunityRevised {
        products = products == null ? List.of() : List.copyOf(products);
    }
}
