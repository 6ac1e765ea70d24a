package com.kamsuite.teamincentive.sales.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the division knows of one customer for appraisals and the satisfaction factor: its key-account tier and the
 * satisfaction surveys recorded by customer-service.
 */
public record AccountRecord(String customerId, String tier, List<Survey> surveys) {

    public AccountRecord {
        surveys = surveys == null ? List.of() : List.copyOf(surveys);
    }

    public record Survey(BigDecimal score, LocalDate surveyedOn, String accountManagerId) {
    }

    /** The last survey on or before the date, and no older than a year then. */
    public Optional<Survey> latestSurveyOn(LocalDate date) {
        return surveys.stream().filter(s -> !s.surveyedOn().isAfter(date) && s.surveyedOn().isAfter(date.minusYears(1)))
                .max(Comparator.comparing(Survey::surveyedOn));
    }

    /** A key account: classified strategic or key, or surveyed (customer-service surveys key accounts only). */
    public boolean isKeyAccount() {
        return "STRATEGIC".equals(tier) || "KEY".equals(tier) || !surveys.isEmpty();
    }
}
