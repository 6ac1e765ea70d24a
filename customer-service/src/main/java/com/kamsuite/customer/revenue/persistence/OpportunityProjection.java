package com.kamsuite.customer.revenue.persistence;

import com.kamsuite.customer.revenue.domain.OpportunityLine;
import com.kamsuite.kit.messaging.Projections;
import com.kamsuite.kit.messaging.ReceivedEvent;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * One document per opportunity, following it event by event ({@link Projections#applyInOrder}, so a redelivered
 * event changes nothing). Amounts are kept as plain decimal strings, read back exactly.
 */
@Repository
public class OpportunityProjection {

    static final String COLLECTION = "opportunity_lines";

    private final MongoTemplate mongo;
    private final Projections projections;

    public OpportunityProjection(MongoTemplate mongo, Projections projections) {
        this.mongo = mongo;
        this.projections = projections;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("divisionId", Sort.Direction.ASC).on("customerId", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("customerId", Sort.Direction.ASC));
    }

    /**
     * Applies what an event says of its opportunity; returns false when the event was applied before. An event of
     * another division than the one the opportunity is held in is refused (dead-lettered).
     */
    public boolean apply(ReceivedEvent<?> event, String customerId, BigDecimal amount, String currency,
                         OpportunityLine.Status status, LocalDate closedOn) {
        Update update = new Update().set("customerId", customerId).set("divisionId", event.divisionId())
                .set("amount", amount.toPlainString()).set("currency", currency).set("status", status.name())
                .set("closedOn", closedOn == null ? null : closedOn.toString());
        projections.requireHeldDivision(COLLECTION, event.aggregateId(), event);
        return projections.applyInOrder(COLLECTION, event.aggregateId(), event, update);
    }

    /**
     * Applies a revision: the new amount, currency and customer; the status stays (an opportunity first seen through
     * a revision is open). Returns false when the event was applied before.
     */
    public boolean revise(ReceivedEvent<?> event, String customerId, BigDecimal amount, String currency) {
        Update update = new Update().set("customerId", customerId).set("divisionId", event.divisionId())
                .set("amount", amount.toPlainString()).set("currency", currency)
                .setOnInsert("status", OpportunityLine.Status.OPEN.name());
        projections.requireHeldDivision(COLLECTION, event.aggregateId(), event);
        return projections.applyInOrder(COLLECTION, event.aggregateId(), event, update);
    }

    public List<OpportunityLine> linesOf(String divisionId, Collection<String> customerIds) {
        return find(where("divisionId").is(divisionId).and("customerId").in(customerIds));
    }

    public List<OpportunityLine> linesOf(String divisionId) {
        return find(where("divisionId").is(divisionId));
    }

    /** Repoints the opportunities of a merged duplicate to its survivor; doing it again changes nothing. */
    public void repoint(String mergedId, String survivorId) {
        mongo.updateMulti(Query.query(where("customerId").is(mergedId)), new Update().set("customerId", survivorId), COLLECTION);
    }

    private List<OpportunityLine> find(Criteria criteria) {
        return mongo.find(Query.query(criteria), Document.class, COLLECTION).stream()
                .map(d -> new OpportunityLine(d.getString("_id"), d.getString("customerId"), d.getString("divisionId"),
                        new BigDecimal(d.getString("amount")), d.getString("currency"),
                        OpportunityLine.Status.valueOf(d.getString("status")),
                        d.getString("closedOn") == null ? null : LocalDate.parse(d.getString("closedOn"))))
                .toList();
    }
}
