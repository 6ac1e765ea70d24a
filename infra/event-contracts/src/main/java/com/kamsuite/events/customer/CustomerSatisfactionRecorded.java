package com.kamsuite.events.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A satisfaction survey of a key account was recorded by the division that serves it; {@code score} is 0–100.
 * Appraisals (T5) weigh the satisfaction of the accounts a person serves.
 */
public record CustomerSatisfactionRecorded(
        String customerId,
        String divisionId,
        String accountManagerId,
        BigDecimal score,
        LocalDate surveyedOn) {
}
