package com.kamsuite.kit.outbox;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.EventJson;
import com.kamsuite.events.EventSchemas;
import com.kamsuite.events.EventType;
import com.kamsuite.kit.domain.AggregateRoot;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Stores aggregates and their events without a multi-document transaction: the new state and the new events
 * (in the document's {@code outbox} array) are one single-document write, guarded by the version read. Once it
 * has succeeded, the {@link OutboxRelay} publishes the events and removes them; if this process dies first,
 * its sweeper (or another instance's) publishes them later. A write that fails publishes nothing.
 */
public class AggregateStore {

    static final String OUTBOX = "outbox";
    static final String OUTBOX_SINCE = "outboxSince";
    static final String VERSION = "version";
    /** The aggregate's in-memory list of new events: they are stored in the outbox, not as state. */
    private static final String RECORDED_EVENTS = "recordedEvents";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final Clock clock;
    private final String source;
    private final boolean validateSchemas;
    private final Supplier<Map<String, String>> currentTrace;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();

    public AggregateStore(MongoTemplate mongo, OutboxRelay relay, Clock clock, String source, boolean validateSchemas) {
        this(mongo, relay, clock, source, validateSchemas, Map::of);
    }

    /** @param currentTrace the caller's trace context as propagation headers, empty outside a trace */
    public AggregateStore(MongoTemplate mongo, OutboxRelay relay, Clock clock, String source, boolean validateSchemas,
                          Supplier<Map<String, String>> currentTrace) {
        this.mongo = mongo;
        this.relay = relay;
        this.clock = clock;
        this.source = source;
        this.validateSchemas = validateSchemas;
        this.currentTrace = currentTrace;
    }

    /**
     * The collection of an aggregate type. Calling it at start-up (persistence adapters do) registers the
     * collection with the relay's sweeper and declares the index the sweeper needs.
     */
    public String collectionOf(Class<? extends AggregateRoot> type) {
        String collection = mongo.getCollectionName(type);
        if (collections.add(collection)) {
            mongo.indexOps(collection).createIndex(new Index().on(OUTBOX_SINCE, Sort.Direction.ASC).sparse());
            relay.sweep(collection);
        }
        return collection;
    }

    public <A extends AggregateRoot> Optional<A> findById(Class<A> type, String id) {
        return Optional.ofNullable(mongo.findById(id, type, collectionOf(type)));
    }

    public <A extends AggregateRoot> List<A> find(Query query, Class<A> type) {
        return mongo.find(query, type, collectionOf(type));
    }

    public <A extends AggregateRoot> Optional<A> findOne(Query query, Class<A> type) {
        return Optional.ofNullable(mongo.findOne(query, type, collectionOf(type)));
    }

    /**
     * Inserts a new aggregate (version 0) or updates a stored one if nobody changed it since it was read,
     * together with the events it recorded. A unique-index violation surfaces as Spring's
     * {@code DuplicateKeyException}; a concurrent change as {@link ConcurrentUpdateException}.
     */
    public <A extends AggregateRoot> A save(A aggregate) {
        String collection = collectionOf(aggregate.getClass());
        Instant now = clock.instant();
        Map<String, String> trace = aggregate.recordedEvents().isEmpty() ? Map.of() : currentTrace.get();
        List<Document> entries = aggregate.recordedEvents().stream()
                .map(event -> outboxEntry(aggregate.id(), event, now, trace).toDocument())
                .toList();

        Document state = new Document();
        mongo.getConverter().write(aggregate, state);
        state.remove(RECORDED_EVENTS);
        long expectedVersion = aggregate.version();
        long newVersion = expectedVersion + 1;
        state.put(VERSION, newVersion);

        if (expectedVersion == 0) {
            if (!entries.isEmpty()) {
                state.put(OUTBOX, entries);
                state.put(OUTBOX_SINCE, Date.from(now));
            }
            mongo.insert(state, collection);
        } else {
            Update update = new Update();
            state.forEach((field, value) -> {
                if (!"_id".equals(field)) {
                    update.set(field, value);
                }
            });
            unsetAbsentProperties(aggregate.getClass(), state, update);
            if (!entries.isEmpty()) {
                update.push(OUTBOX).each(entries.toArray());
                update.set(OUTBOX_SINCE, Date.from(now));
            }
            UpdateResult result = mongo.updateFirst(
                    Query.query(where("_id").is(aggregate.id()).and(VERSION).is(expectedVersion)), update, collection);
            if (result.getMatchedCount() == 0) {
                throw new ConcurrentUpdateException(collection, aggregate.id());
            }
        }
        aggregate.markStored(newVersion);
        if (!entries.isEmpty()) {
            relay.publishSoon(collection, aggregate.id());
        }
        return aggregate;
    }

    Set<String> collections() {
        return Set.copyOf(collections);
    }

    private OutboxEntry outboxEntry(String aggregateId, AggregateRoot.RecordedEvent event, Instant now,
                                    Map<String, String> trace) {
        @SuppressWarnings("unchecked")
        EventType<Object> type = (EventType<Object>) EventCatalog.of(event.data().getClass());
        byte[] data = EventJson.write(event.data());
        if (validateSchemas) {
            EventSchemas.requireValid(type, data);
        }
        return OutboxEntry.of(UUID.randomUUID().toString(), type, aggregateId, event.divisionId(), event.sequence(), now,
                source, data, trace);
    }

    private void unsetAbsentProperties(Class<?> type, Document state, Update update) {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
        entity.doWithProperties((MongoPersistentProperty property) -> {
            if (!state.containsKey(property.getFieldName()) && !RECORDED_EVENTS.equals(property.getFieldName())) {
                update.unset(property.getFieldName());
            }
        });
    }
}
