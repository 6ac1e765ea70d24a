package com.kamsuite.customer.loyalty.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A satisfaction survey of the account, scored 0–100. */
public record Survey(String id, BigDecimal score, LocalDate surveyedOn, String comment, String by) {

    public Survey {
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("score must be between 0 and 100");
        }
        if (surveyedOn == null) {
            throw new IllegalArgumentException("surveyedOn must not be empty");
        }
    }

    public Survey withId(String newId) {
        return new Survey(newId, score, surveyedOn, comment, by);
    }
}
