package com.kamsuite.events.opportunity;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One product line of an opportunity: what production planning needs (product, quantity in its unit, delivery month)
 * and its prices. {@code unit} is a UN/CEFACT Recommendation 20 code (C62 one, SET, MTR, …); events written before it
 * existed have none, which means C62.
 */
public record OpportunityProduct(
        String productCode,
        String productName,
        String configuration,
        BigDecimal quantity,
        BigDecimal desiredPrice,
        BigDecimal quotedPrice,
        YearMonth deliveryMonth,
        String unit) {
}
