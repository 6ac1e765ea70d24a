package com.kamsuite.opportunity.opportunity.persistence;

import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.opportunity.opportunity.domain.Opportunity;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Repository
public class OpportunityRepository {

    private final AggregateStore store;

    public OpportunityRepository(AggregateStore store) {
        this.store = store;
        store.collectionOf(Opportunity.class);
    }

    public Opportunity save(Opportunity opportunity) {
        return store.save(opportunity);
    }

    /** Only the division's own opportunities exist for it. */
    public Optional<Opportunity> findInDivision(String id, String divisionId) {
        return store.findOne(Query.query(where("_id").is(id).and("divisionId").is(divisionId)), Opportunity.class);
    }
}
