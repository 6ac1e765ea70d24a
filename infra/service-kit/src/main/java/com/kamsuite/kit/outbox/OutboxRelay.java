package com.kamsuite.kit.outbox;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Publishes the events waiting in aggregate documents and removes them once Kafka has acknowledged them
 * (idempotent producer, {@code acks=all}). It works in batches across aggregates: it claims the outboxes of up to
 * {@link #BATCH} aggregates with a lease (one update), reads them (one query), sends every event without waiting
 * for each ({@code max.in.flight} ≤ 5 with idempotence keeps the order per key), waits for the acknowledgements of
 * the batch, and removes what was sent with one bulk write. The lease lets several relay threads or instances run:
 * an aggregate's outbox is published by one of them at a time, so its events never overtake each other.
 * <p>
 * What could not be published (Kafka unreachable) is tried again every {@code retryInterval}. What a crash left
 * behind is found by a sweep when the relay starts, whatever its age (an outbox another instance is publishing
 * right now is protected by its lease), and every {@code sweepInterval}: on the stand-in MongoDB the sweep reads
 * every document, so it is rare on purpose. Delivery is at least once (a crash between the acknowledgement and the
 * removal sends again); consumers deduplicate by event id or per-aggregate sequence.
 */
public class OutboxRelay implements SmartLifecycle {

    static final String LEASE_OWNER = "outboxLeaseOwner";
    static final String LEASE_UNTIL = "outboxLeaseUntil";
    /** Aggregates per batch: enough to fill the producer's batches, few enough for one short bulk write. */
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Clock clock;
    private final Duration sendTimeout;
    private final Duration retryInterval;
    private final Duration sweepInterval;
    private final Duration lease;
    private final String owner;
    private final Set<String> sweptCollections = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<Object>> pending = new LinkedHashMap<>();
    private final Set<Waiting> failed = ConcurrentHashMap.newKeySet();
    private ExecutorService publisher;
    private ScheduledExecutorService sweeper;
    private volatile boolean running;

    /**
     * @param instance names this relay's claims; the same after a restart of the same instance, so that a restart
     *                 takes over at once what the killed process had claimed
     * @param lease    how long a claim on an aggregate's outbox holds: longer than a batch takes (send timeout
     *                 included), after which another instance may take over an outbox whose relay died
     */
    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, Clock clock, String instance,
                       Duration sendTimeout, Duration retryInterval, Duration sweepInterval, Duration lease) {
        this.mongo = mongo;
        this.owner = instance;
        this.kafka = kafka;
        this.clock = clock;
        this.sendTimeout = sendTimeout;
        this.retryInterval = retryInterval;
        this.sweepInterval = sweepInterval;
        this.lease = lease;
    }

    /** Registers a collection whose documents may hold waiting events. */
    void sweep(String collection) {
        sweptCollections.add(collection);
    }

    /** Publishes the waiting events of one aggregate shortly, in the next batch. */
    public void publishSoon(String collection, Object aggregateId) {
        if (running) {
            boolean first;
            synchronized (pending) {
                first = pending.isEmpty();
                pending.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(aggregateId);
            }
            if (first) {
                publisher.execute(this::drain);
            }
        }
    }

    /**
     * Publishes every event waiting in the registered collections, whatever its age, and waits until they are
     * out. Returns how many events were published.
     */
    public int sweepNow() {
        if (!running) {
            return 0;
        }
        int published = 0;
        for (String collection : sweptCollections) {
            Query waiting = Query.query(where(AggregateStore.OUTBOX_SINCE).exists(true));
            waiting.fields().include("_id");
            List<Object> ids = mongo.find(waiting, Document.class, collection).stream().map(d -> d.get("_id")).toList();
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Object> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                try {
                    published += publisher.submit(() -> publishQuietly(collection, batch)).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return published;
                } catch (Exception e) {
                    log.warn("Sweeping {} failed", collection, e);
                }
            }
        }
        return published;
    }

    /** Takes what is pending, batch by batch, until nothing is. Runs on the publishing thread only. */
    private void drain() {
        while (true) {
            String collection;
            List<Object> batch = new ArrayList<>();
            synchronized (pending) {
                if (pending.isEmpty()) {
                    return;
                }
                var next = pending.entrySet().iterator().next();
                collection = next.getKey();
                var ids = next.getValue().iterator();
                while (ids.hasNext() && batch.size() < BATCH) {
                    batch.add(ids.next());
                    ids.remove();
                }
                if (next.getValue().isEmpty()) {
                    pending.remove(collection);
                }
            }
            publishQuietly(collection, batch);
        }
    }

    private int publishQuietly(String collection, List<Object> aggregateIds) {
        try {
            int published = publish(collection, aggregateIds);
            aggregateIds.forEach(id -> failed.remove(new Waiting(collection, id)));
            return published;
        } catch (Exception e) {
            boolean firstFailure = false;
            for (Object id : aggregateIds) {
                firstFailure |= failed.add(new Waiting(collection, id));
            }
            if (firstFailure) {
                log.warn("Publishing the events of {} aggregates of {} failed; trying again every {}",
                        aggregateIds.size(), collection, retryInterval, e);
            }
            return 0;
        }
    }

    private void retryFailed() {
        for (Waiting waiting : Set.copyOf(failed)) {
            publishSoon(waiting.collection(), waiting.aggregateId());
        }
    }

    private record Waiting(String collection, Object aggregateId) {
    }

    private int publish(String collection, List<Object> aggregateIds) throws Exception {
        Instant now = clock.instant();
        mongo.updateMulti(Query.query(where("_id").in(aggregateIds).orOperator(
                        where(LEASE_UNTIL).exists(false), where(LEASE_UNTIL).lt(Date.from(now)), where(LEASE_OWNER).is(owner))),
                new Update().set(LEASE_OWNER, owner).set(LEASE_UNTIL, Date.from(now.plus(lease))), collection);
        Query claimed = Query.query(where("_id").in(aggregateIds).and(LEASE_OWNER).is(owner));
        claimed.fields().include(AggregateStore.OUTBOX);
        List<Document> documents = mongo.find(claimed, Document.class, collection);
        if (documents.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> acknowledgements = new ArrayList<>();
        Map<Object, List<String>> sent = new LinkedHashMap<>();
        for (Document document : documents) {
            List<String> eventIds = new ArrayList<>();
            for (Document waitingEntry : document.getList(AggregateStore.OUTBOX, Document.class, List.of())) {
                OutboxEntry entry = OutboxEntry.fromDocument(waitingEntry);
                acknowledgements.add(kafka.send(entry.toRecord()));
                eventIds.add(entry.eventId());
            }
            sent.put(document.get("_id"), eventIds);
        }
        kafka.flush();
        CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new))
                .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        forget(collection, sent);
        return acknowledgements.size();
    }

    /** One bulk write: the sent entries pulled, the claims released, emptied outboxes removed. */
    private void forget(String collection, Map<Object, List<String>> sent) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, collection);
        sent.forEach((id, eventIds) -> bulk.updateOne(Query.query(where("_id").is(id)), new Update()
                .pull(AggregateStore.OUTBOX, new Document("eventId", new Document("$in", eventIds)))
                .unset(LEASE_OWNER).unset(LEASE_UNTIL)));
        sent.keySet().forEach(id -> bulk.updateOne(
                Query.query(where("_id").is(id).and(AggregateStore.OUTBOX).size(0)),
                new Update().unset(AggregateStore.OUTBOX).unset(AggregateStore.OUTBOX_SINCE)));
        bulk.execute();
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
