package com.kamsuite.customer.account.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class StalePolicyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOV_15 = Instant.parse("2026-11-15T02:00:00Z");

    @Test
    void reviewedInTheLastCalendarMonthOrLaterIsFresh() {
        assertThat(StalePolicy.isStale(Instant.parse("2026-09-30T16:00:00Z"), NOV_15, SHANGHAI)).isFalse(); // 1 Oct 00:00 in Shanghai
        assertThat(StalePolicy.isStale(Instant.parse("2026-11-14T00:00:00Z"), NOV_15, SHANGHAI)).isFalse();
    }

    @Test
    void reviewedBeforeTheLastCalendarMonthIsStale() {
        assertThat(StalePolicy.isStale(Instant.parse("2026-09-30T15:59:59Z"), NOV_15, SHANGHAI)).isTrue();
        assertThat(StalePolicy.isStale(null, NOV_15, SHANGHAI)).isTrue();
    }
}
