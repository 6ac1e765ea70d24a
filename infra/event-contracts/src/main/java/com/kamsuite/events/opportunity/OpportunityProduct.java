package com.kamsuite.events.opportunity;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One product line of an opportunity: what production planning needs (product, quantity, delivery month) and its prices. */
public record OpportunityProduct(
        String productCode,
        String productName,
        String configuration,
        BigDecimal quantity,
        BigDecimal desiredPrice,
        BigDecimal quotedPrice,
        YearMonth deliveryMonth) {
}
