package com.kamsuite.customer.loyalty.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A complaint of the customer: opened on a day, resolved (or not yet) on another; its resolution time in days. */
public record Complaint(String id, String subject, LocalDate openedOn, LocalDate resolvedOn, String resolution, String by) {

    public Complaint {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        if (openedOn == null) {
            throw new IllegalArgumentException("openedOn must not be empty");
        }
        if (resolvedOn != null && resolvedOn.isBefore(openedOn)) {
            throw new IllegalArgumentException("a complaint cannot be resolved before it was opened");
        }
    }

    public boolean isOpen() {
        return resolvedOn == null;
    }

    public Complaint resolve(LocalDate on, String text) {
        return new Complaint(id, subject, openedOn, on, text, by);
    }

    /** Days from opening to resolution, or to {@code asOf} while open. */
    public long daysOpen(LocalDate asOf) {
        return ChronoUnit.DAYS.between(openedOn, isOpen() ? asOf : resolvedOn);
    }

    public Complaint withId(String newId) {
        return new Complaint(newId, subject, openedOn, resolvedOn, resolution, by);
    }
}
