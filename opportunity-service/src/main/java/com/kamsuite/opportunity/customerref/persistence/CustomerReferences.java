package com.kamsuite.opportunity.customerref.persistence;

import com.kamsuite.events.customer.CustomerMerged;
import com.kamsuite.events.customer.CustomerRegistered;
import com.kamsuite.kit.messaging.Projections;
import com.kamsuite.kit.messaging.ReceivedEvent;
import com.kamsuite.opportunity.customerref.domain.CustomerReference;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

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
