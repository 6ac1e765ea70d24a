package com.kamsuite.opportunity.opportunity.persistence;

import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.opportunity.opportunity.domain.Opportunity;
import com.kamsuite.opportunity.opportunity.domain.Stage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Repository
public class OpportunityRepository {

    static final int LIST_LIMIT = 500;

    private final AggregateStore store;

    public OpportunityRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        String collection = store.collectionOf(Opportunity.class);
        mongo.indexOps(collection).createIndex(new Index().on("divisionId", Sort.Direction.ASC).on("ownerId", Sort.Direction.ASC));
        mongo.indexOps(collection).createIndex(new Index().on("customerId", Sort.Direction.ASC));
    }

    public Opportunity save(Opportunity opportunity) {
        return store.save(opportunity);
    }

    /** Only the division's own opportunities exist for it. */
    public Optional<Opportunity> findInDivision(String id, String divisionId) {
        return store.findOne(Query.query(where("_id").is(id).and("divisionId").is(divisionId)), Opportunity.class);
    }

    /** The division's opportunities, newest first (at most {@value #LIST_LIMIT}), optionally of one customer, owner or stage. */
    public List<Opportunity> listInDivision(String divisionId, String customerId, String ownerId, Stage stage) {
        Criteria criteria = where("divisionId").is(divisionId);
        if (customerId != null) {
            criteria = criteria.and("customerId").is(customerId);
        }
        if (ownerId != null) {
            criteria = criteria.and("ownerId").is(ownerId);
        }
        if (stage != null) {
            criteria = criteria.and("stage").is(stage.name());
        }
        return store.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(LIST_LIMIT), Opportunity.class);
    }

    /** Opportunities of a customer in every division: a merge of customers concerns them all. */
    public List<Opportunity> ofCustomer(String customerId) {
        return store.find(Query.query(where("customerId").is(customerId)), Opportunity.class);
    }
}
