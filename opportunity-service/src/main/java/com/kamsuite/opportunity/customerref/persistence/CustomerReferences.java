package com.kamsuite.opportunity.customerref.persistence;

import com.kamsuite.events.customer.CustomerMerged;
import com.kamsuite.events.customer.CustomerRegistered;
import com.kamsuite.kit.messaging.Projections;
import com.kamsuite.kit.messaging.ReceivedEvent;
import com.kamsuite.opportunity.customerref.domain.CustomerReference;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The replica of customer references, one document per customer, each event applied at most once. */
@Repository
public class CustomerReferences {

    static final String COLLECTION = "customer_refs";

    private final MongoTemplate mongo;
    private final Projections projections;

    public CustomerReferences(MongoTemplate mongo, Projections projections) {
        this.mongo = mongo;
        this.projections = projections;
    }

    public void registered(ReceivedEvent<CustomerRegistered> event) {
        projections.applyInOrder(COLLECTION, event.data().customerId(), event,
                new Update().set("legalName", event.data().legalName()));
    }

    public void merged(ReceivedEvent<CustomerMerged> event) {
        projections.applyInOrder(COLLECTION, event.data().mergedId(), event,
                new Update().set("mergedInto", event.data().survivorId()));
    }

    public Optional<CustomerReference> find(String customerId) {
        Document document = mongo.findById(customerId, Document.class, COLLECTION);
        if (document == null || document.getString("legalName") == null) {
            return Optional.empty();
        }
        return Optional.of(new CustomerReference(customerId, document.getString("legalName"), document.getString("mergedInto")));
    }

    /**
     * Legal names of the given customers, by id, in one read. The customer master is group-wide, so its names are
     * not a division's secret; what a division holds about a customer stays in customer-service.
     */
    public Map<String, String> namesOf(Collection<String> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        Query query = Query.query(where("_id").in(customerIds));
        query.fields().include("legalName");
        Map<String, String> names = new HashMap<>();
        mongo.find(query, Document.class, COLLECTION).forEach(document -> {
            if (document.getString("legalName") != null) {
                names.put(document.getString("_id"), document.getString("legalName"));
            }
        });
        return names;
    }

    /** The customer a reference resolves to: itself, or the survivor at the end of its merges. */
    public Optional<CustomerReference> resolve(String customerId) {
        Set<String> seen = new HashSet<>();
        Optional<CustomerReference> current = find(customerId);
        while (current.isPresent() && current.get().isMerged() && seen.add(current.get().customerId())) {
            current = find(current.get().mergedInto());
        }
        return current;
    }
}
