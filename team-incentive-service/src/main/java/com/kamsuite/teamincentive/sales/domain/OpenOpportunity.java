package com.kamsuite.teamincentive.sales.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/** An opportunity of the current pipeline (created, not yet won or lost), as far as incentive forecasts need it. */
public record OpenOpportunity(String opportunityId, String customerId, String ownerId, BigDecimal amount, String currency,
                              LocalDate expectedCloseDate, String stage) {

    /** The default win probabilities of the eight funnel stages (O2); a division's own configuration is not replicated. */
    private static final Map<String, Integer> STAGE_PROBABILITY = Map.of("01", 10, "02", 20, "03", 30, "04", 40,
            "05", 60, "06", 80, "07", 90, "08", 100);

    /** amount × stage probability, rounded half-up to 2 decimals. */
    public BigDecimal weightedAmount() {
        int percent = STAGE_PROBABILITY.getOrDefault(stage, 0);
        return amount.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }
}
