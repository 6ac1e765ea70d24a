package com.kamsuite.opportunity.pipeline.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One opportunity as the pipeline lists it. {@code stage} is the funnel position 01–08, {@code status} OPEN, WON or
 * LOST; the weighted amount is the amount at the probability of its stage, at two decimals (half up).
 */
public record PipelineEntry(String id, String name, String customerId, String ownerId, String stage, String status,
                            BigDecimal amount, String currency, BigDecimal probability, LocalDate expectedCloseDate,
                            boolean confirmed, Instant createdAt) {

    public BigDecimal weightedAmount() {
        if (amount == null || probability == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return amount.multiply(probability).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
