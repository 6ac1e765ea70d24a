package com.kamsuite.kit.lock;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Mutual exclusion across every instance of a service, for the few rules that read several documents and then write
 * one (no cycle in a tree: two moves, each valid alone, could together make one). A lock is a document whose
 * {@code _id} is its name: inserting it is the atomic acquisition. It carries an expiry so a crashed holder cannot
 * block the others for longer than the lease; the action must therefore take well under the lease.
 * <p>
 * Leases follow the system clock, never the service's business clock, which tests move around.
 */
public class LeaseLocks {

    static final String COLLECTION = "kam_lease_locks";

    private final MongoTemplate mongo;
    private final Duration lease;
    private final Duration wait;
    private final Clock clock = Clock.systemUTC();

    public LeaseLocks(MongoTemplate mongo, Duration lease, Duration wait) {
        this.mongo = mongo;
        this.lease = lease;
        this.wait = wait;
    }

    /** Runs the action while holding the named lock; {@link LockBusyException} (409) if it stays taken longer than the wait. */
    public <T> T holding(String name, Supplier<T> action) {
        String holder = UUID.randomUUID().toString();
        acquire(name, holder);
        try {
            return action.get();
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is(name).and("holder").is(holder)), COLLECTION);
        }
    }

    private void acquire(String name, String holder) {
        Instant giveUpAt = clock.instant().plus(wait);
        long pauseMillis = 5;
        while (true) {
            Instant now = clock.instant();
            try {
                mongo.insert(new Document("_id", name).append("holder", holder)
                        .append("expiresAt", Date.from(now.plus(lease))), COLLECTION);
                return;
            } catch (DuplicateKeyException taken) {
                mongo.remove(Query.query(Criteria.where("_id").is(name).and("expiresAt").lt(Date.from(now))), COLLECTION);
            }
            if (now.isAfter(giveUpAt)) {
                throw new LockBusyException(name);
            }
            sleep(ThreadLocalRandom.current().nextLong(pauseMillis, pauseMillis * 2 + 1));
            pauseMillis = Math.min(pauseMillis * 2, 100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockBusyException("interrupted");
        }
    }
}
