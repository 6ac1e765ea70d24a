package com.kamsuite.opportunity.opportunity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One version of an opportunity's commercial content, kept forever: number 1 at creation, one more per edit. */
public record Revision(int number, Instant at, String by, String customerId, String name, Money amount,
                       LocalDate expectedCloseDate, OpportunitySource source, List<ProductLine> products, String reason) {

    public Revision {
        products = products == null ? List.of() : List.copyOf(products);
    }
}
