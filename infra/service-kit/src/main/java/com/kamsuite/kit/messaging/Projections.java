package com.kamsuite.kit.messaging;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Idempotent writes for consumers: the check that an event was already applied and the change it makes are one
 * single-document write, so a redelivered event or a replay of the topic from offset 0 changes nothing.
 */
public class Projections {

    static final String LAST_SEQUENCE = "lastAppliedSequence";
    static final String APPLIED_EVENTS = "appliedEventIds";
    /** The field a projection keyed by a global id keeps the division in. */
    public static final String DIVISION = "divisionId";

    private final MongoTemplate mongo;

    public Projections(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * For a document that follows one aggregate: applies the update (upserting the document) only if no event of
     * that aggregate with this sequence number or a later one was applied before. Returns whether it applied.
     */
    public boolean applyInOrder(String collection, String id, ReceivedEvent<?> event, Update update) {
        update.set(LAST_SEQUENCE, event.sequence());
        Query notYetApplied = Query.query(where("_id").is(id).and(LAST_SEQUENCE).lt(event.sequence()));
        return upsert(collection, notYetApplied, update);
    }

    /**
     * For a document fed by events of many aggregates: applies the update (upserting the document) only if this
     * event id was not applied to it before, and remembers the id in the same write. Returns whether it applied.
     */
    public boolean applyOnce(String collection, String id, ReceivedEvent<?> event, Update update) {
        update.addToSet(APPLIED_EVENTS, event.id());
        Query notYetApplied = Query.query(where("_id").is(id).and(APPLIED_EVENTS).ne(event.id()));
        return upsert(collection, notYetApplied, update);
    }

    /**
     * For a document keyed by a global id (an opportunity, a person): refuses an event whose division is not the one
     * the document already holds for that id, with {@link WrongDivisionException}, which the error policy sends to
     * the dead-letter topic at once. The first event of an id sets its division.
     */
    public void requireHeldDivision(String collection, String id, ReceivedEvent<?> event) {
        Query byId = Query.query(where("_id").is(id));
        byId.fields().include(DIVISION);
        Document held = mongo.findOne(byId, Document.class, collection);
        if (held != null && held.getString(DIVISION) != null) {
            event.requireDivision(held.getString(DIVISION));
        }
    }

    private boolean upsert(String collection, Query notYetApplied, Update update) {
        try {
            var result = mongo.upsert(notYetApplied, update, collection);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyApplied) {
            // The document exists but the filter excluded it: the event was applied before.
            return false;
        }
    }
}
