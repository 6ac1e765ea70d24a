package com.kamsuite.kit.lock;

import com.kamsuite.kit.KitIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeaseLocksIntegrationTest extends KitIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    LeaseLocks locks;

    @Test
    void holdersOfOneLockNeverOverlapAndEveryOneGetsItsTurn() throws Exception {
        String name = "tree-" + UUID.randomUUID();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInsideAtOnce = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 8; i++) {
                int turn = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return locks.holding(name, () -> {
                        mostInsideAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        holdTheLockFor(20); // long enough that a broken lock would let others in meanwhile
                        inside.decrementAndGet();
                        return turn;
                    });
                }));
            }
            start.countDown();
            List<Integer> done = new ArrayList<>();
            for (Future<Integer> result : results) {
                done.add(result.get());
            }
            assertThat(done).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostInsideAtOnce).hasValue(1);
        assertThat(mongo.findById(name, Document.class, LeaseLocks.COLLECTION)).as("released").isNull();
    }

    @Test
    void aLockHeldBeyondTheWaitIsReportedBusyAndOtherLocksAreNotAffected() {
        LeaseLocks impatient = new LeaseLocks(mongo, Duration.ofSeconds(30), Duration.ofMillis(200));
        String name = "tree-" + UUID.randomUUID();

        impatient.holding(name, () -> {
            assertThatThrownBy(() -> impatient.holding(name, () -> "second"))
                    .isInstanceOf(LockBusyException.class)
                    .hasMessageContaining(name);
            assertThat(impatient.holding("other-" + name, () -> "independent")).isEqualTo("independent");
            return null;
        });
    }

    @Test
    void theLeaseOfACrashedHolderExpiresAndTheLockIsTakenOver() {
        String name = "tree-" + UUID.randomUUID();
        mongo.insert(new Document("_id", name).append("holder", "crashed-instance")
                .append("expiresAt", Date.from(Instant.now().minusSeconds(1))), LeaseLocks.COLLECTION);

        assertThat(locks.holding(name, () -> "taken over")).isEqualTo("taken over");
    }

    @Test
    void aFailingActionReleasesTheLock() {
        String name = "tree-" + UUID.randomUUID();

        assertThatThrownBy(() -> locks.holding(name, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(mongo.findById(name, Document.class, LeaseLocks.COLLECTION)).isNull();
    }

    private static void holdTheLockFor(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
