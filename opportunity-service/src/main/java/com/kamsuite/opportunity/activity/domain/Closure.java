package com.kamsuite.opportunity.activity.domain;

import java.time.Instant;

/** How an activity or an action ended: when, by whom, and the outcome or reason given (null when none). */
public record Closure(Instant at, String by, String text) {

    static Closure of(String text, String by, Instant now) {
        return new Closure(now, by, text == null || text.isBlank() ? null : text.strip());
    }
}
