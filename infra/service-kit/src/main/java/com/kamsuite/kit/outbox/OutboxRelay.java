package com.kamsuite.kit.outbox;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Publishes the events waiting in aggregate documents, in order, and removes each one once Kafka has
 * acknowledged it (idempotent producer, {@code acks=all}). One thread publishes, so the events of an aggregate
 * never overtake each other. What could not be published (Kafka unreachable) is retried every
 * {@code retryInterval}; what a crash left behind is found by a full sweep at start-up and every
 * {@code sweepInterval} (events still waiting after a grace period, in any instance's aggregates). The full sweep
 * is rare on purpose: on a MongoDB without the {@code outboxSince} index (the stand-in) it reads every document.
 * Delivery is at least once; consumers deduplicate by event id or per-aggregate sequence.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Clock clock;
    private final Duration sendTimeout;
    private final Duration retryInterval;
    private final Duration sweepInterval;
    private final Duration sweepGrace;
    private final Set<String> sweptCollections = ConcurrentHashMap.newKeySet();
    private final Set<Waiting> failed = ConcurrentHashMap.newKeySet();
    private ExecutorService publisher;
    private ScheduledExecutorService sweeper;
    private volatile boolean running;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, Clock clock,
                       Duration sendTimeout, Duration retryInterval, Duration sweepInterval, Duration sweepGrace) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.clock = clock;
        this.sendTimeout = sendTimeout;
        this.retryInterval = retryInterval;
        this.sweepInterval = sweepInterval;
        this.sweepGrace = sweepGrace;
    }

    /** Registers a collection whose documents may hold waiting events. */
    void sweep(String collection) {
        sweptCollections.add(collection);
    }

    /** Publishes the waiting events of one aggregate shortly, on the publishing thread. */
    public void publishSoon(String collection, String aggregateId) {
        if (running) {
            publisher.execute(() -> publishQuietly(collection, aggregateId));
        }
    }

    /**
     * Publishes the events still waiting longer than the grace period in every registered collection, and
     * waits until they are out. Returns how many events were published.
     */
    public int sweepNow() {
        if (!running) {
            return 0;
        }
        Date cutoff = Date.from(clock.instant().minus(sweepGrace));
        int published = 0;
        for (String collection : sweptCollections) {
            Query stale = Query.query(where(AggregateStore.OUTBOX_SINCE).lte(cutoff));
            stale.fields().include("_id");
            for (Document document : mongo.find(stale, Document.class, collection)) {
                Object id = document.get("_id");
                Future<Integer> done = publisher.submit(() -> publishQuietly(collection, id));
                try {
                    published += done.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return published;
                } catch (Exception e) {
                    log.warn("Sweeping {} {} failed", collection, id, e);
                }
            }
        }
        return published;
    }

    private int publishQuietly(String collection, Object aggregateId) {
        try {
            int published = publish(collection, aggregateId);
            failed.remove(new Waiting(collection, aggregateId));
            return published;
        } catch (Exception e) {
            if (failed.add(new Waiting(collection, aggregateId))) {
                log.warn("Publishing the events of {} {} failed; trying again every {}", collection, aggregateId, retryInterval, e);
            }
            return 0;
        }
    }

    private void retryFailed() {
        for (Waiting waiting : Set.copyOf(failed)) {
            publisher.execute(() -> publishQuietly(waiting.collection(), waiting.aggregateId()));
        }
    }

    private record Waiting(String collection, Object aggregateId) {
    }

    private int publish(String collection, Object aggregateId) throws Exception {
        Query byId = Query.query(where("_id").is(aggregateId));
        byId.fields().include(AggregateStore.OUTBOX);
        Document document = mongo.findOne(byId, Document.class, collection);
        if (document == null) {
            return 0;
        }
        List<Document> waiting = document.getList(AggregateStore.OUTBOX, Document.class, List.of());
        for (Document waitingEntry : waiting) {
            OutboxEntry entry = OutboxEntry.fromDocument(waitingEntry);
            kafka.send(entry.toRecord()).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            mongo.updateFirst(Query.query(where("_id").is(aggregateId)),
                    new Update().pull(AggregateStore.OUTBOX, new Document("eventId", entry.eventId())), collection);
        }
        mongo.updateFirst(Query.query(where("_id").is(aggregateId).and(AggregateStore.OUTBOX).size(0)),
                new Update().unset(AggregateStore.OUTBOX).unset(AggregateStore.OUTBOX_SINCE), collection);
        return waiting.size();
    }

    @Override
    public void start() {
        publisher = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "outbox-relay"));
        sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "outbox-sweeper"));
        running = true;
        sweeper.scheduleWithFixedDelay(this::retryFailed, retryInterval.toMillis(), retryInterval.toMillis(), TimeUnit.MILLISECONDS);
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweepQuietly() {
        try {
            int published = sweepNow();
            if (published > 0) {
                log.info("Sweeper published {} events left waiting", published);
            }
        } catch (RuntimeException e) {
            log.warn("Outbox sweep failed", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        sweeper.shutdownNow();
        publisher.shutdown();
        try {
            publisher.awaitTermination(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop after the web server and the listeners, so the last requests' events still go out. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
