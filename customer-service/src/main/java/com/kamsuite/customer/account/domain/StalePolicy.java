package com.kamsuite.customer.account.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An archive is stale when it was not reviewed in the last calendar month (逐月更新): on 15 November, an account
 * last reviewed on 1 October or later is fresh, one last reviewed on 30 September is stale.
 */
public final class StalePolicy {

    private StalePolicy() {
    }

    /** The first instant of the previous calendar month, in the division's time zone. */
    public static Instant cutoff(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).withDayOfMonth(1).minusMonths(1).atStartOfDay(zone).toInstant();
    }

    public static boolean isStale(Instant lastReviewedAt, Instant now, ZoneId zone) {
        return lastReviewedAt == null || lastReviewedAt.isBefore(cutoff(now, zone));
    }
}
