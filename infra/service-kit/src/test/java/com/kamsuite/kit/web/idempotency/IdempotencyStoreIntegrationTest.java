package com.kamsuite.kit.web.idempotency;

import com.kamsuite.kit.KitIntegrationTest;
import com.kamsuite.kit.web.idempotency.IdempotencyStore.Claimed;
import com.kamsuite.kit.web.idempotency.IdempotencyStore.InProgress;
import com.kamsuite.kit.web.idempotency.IdempotencyStore.Replay;
import com.kamsuite.kit.web.idempotency.IdempotencyStore.Scope;
import com.kamsuite.kit.web.idempotency.IdempotencyStore.StoredResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The records behind Idempotency-Key: kept 24 hours, swept afterwards (the stand-in has no TTL), leases for crashes. */
class IdempotencyStoreIntegrationTest extends KitIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    private final MovableClock clock = new MovableClock(Instant.parse("2027-01-04T08:00:00Z"));

    @Test
    void aKeyIsKeptTwentyFourHoursThenExpiresAndIsSwept() {
        IdempotencyStore store = new IdempotencyStore(mongo, clock, Duration.ofHours(24), Duration.ofMinutes(2));
        Scope scope = new Scope("div-a", "subject:liu.yang", UUID.randomUUID().toString());
        Claimed claimed = (Claimed) store.claim(scope, "fp");
        store.complete(claimed, new StoredResponse(201, List.of(Map.entry("Location", "/x/1")), "{}".getBytes()));

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(store.claim(scope, "fp")).isInstanceOf(Replay.class);
        assertThat(((Replay) store.claim(scope, "fp")).response().headers()).containsExactly(Map.entry("Location", "/x/1"));

        clock.advance(Duration.ofSeconds(1));
        assertThat(store.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(mongo.findById(scope.id(), org.bson.Document.class, IdempotencyStore.COLLECTION)).isNull();
        assertThat(store.claim(scope, "another request now")).isInstanceOf(Claimed.class);
    }

    @Test
    void anExpiredKeyIsNeverReplayedEvenBeforeTheSweep() {
        IdempotencyStore store = new IdempotencyStore(mongo, clock, Duration.ofHours(24), Duration.ofMinutes(2));
        Scope scope = new Scope("div-a", "subject:liu.yang", UUID.randomUUID().toString());
        store.complete((Claimed) store.claim(scope, "fp"), new StoredResponse(201, List.of(), new byte[0]));

        clock.advance(Duration.ofHours(25));

        assertThat(store.claim(scope, "fp")).isInstanceOf(Claimed.class);
    }

    @Test
    void aKeyWhoseFirstRequestDiedIsTakenOverAfterItsLease() {
        IdempotencyStore store = new IdempotencyStore(mongo, clock, Duration.ofHours(24), Duration.ofMinutes(2));
        Scope scope = new Scope("div-a", "partner:partner-huadian", UUID.randomUUID().toString());
        Claimed first = (Claimed) store.claim(scope, "fp");

        assertThat(store.claim(scope, "fp")).isInstanceOf(InProgress.class);
        clock.advance(Duration.ofMinutes(3));
        Claimed second = (Claimed) store.claim(scope, "fp");
        store.complete(first, new StoredResponse(201, List.of(), "late".getBytes()));
        store.complete(second, new StoredResponse(201, List.of(), "taken over".getBytes()));

        assertThat(new String(((Replay) store.claim(scope, "fp")).response().body())).isEqualTo("taken over");
    }

    @Test
    void keysAreKeptAtLeastADay() {
        assertThatThrownBy(() -> new IdempotencyStore(mongo, clock, Duration.ofHours(23), Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
