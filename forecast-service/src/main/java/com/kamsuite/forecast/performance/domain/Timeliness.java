package com.kamsuite.forecast.performance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * F7: whether a person submitted their forecast of a period by its deadline. The deadline day counts in full, in the
 * division's time zone; the first submitted version decides (a later revision does not make a punctual forecast late).
 */
public enum Timeliness {
    /** Submitted by the end of the deadline day. */
    ON_TIME,
    /** Submitted, but after the deadline. */
    LATE,
    /** Not submitted, and the deadline has passed. */
    MISSING,
    /** Not submitted yet, and there is still time. */
    PENDING;

    public static Timeliness of(LocalDate deadline, ZoneId zone, Instant firstSubmittedAt, Instant now) {
        Instant cutOff = deadline.plusDays(1).atStartOfDay(zone).toInstant();
        if (firstSubmittedAt != null) {
            return firstSubmittedAt.isBefore(cutOff) ? ON_TIME : LATE;
        }
        return now.isBefore(cutOff) ? PENDING : MISSING;
    }
}
