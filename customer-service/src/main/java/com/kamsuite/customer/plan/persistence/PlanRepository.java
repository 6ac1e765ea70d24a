package com.kamsuite.customer.plan.persistence;

import com.kamsuite.customer.plan.domain.AccountPlanning;
import com.kamsuite.kit.outbox.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The plans of accounts, one document per account under the account's id. */
@Repository
public class PlanRepository {

    private final AggregateStore store;

    public PlanRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        mongo.indexOps(store.collectionOf(AccountPlanning.class)).createIndex(new Index().on("customerId", Sort.Direction.ASC));
    }

    public Optional<AccountPlanning> find(String accountId) {
        return store.findById(AccountPlanning.class, accountId);
    }

    /** The plans of every division's relationship with a customer: only for merging, which concerns them all. */
    public List<AccountPlanning> allDivisionsOf(String customerId) {
        return store.find(Query.query(where("customerId").is(customerId)), AccountPlanning.class);
    }

    public AccountPlanning save(AccountPlanning planning) {
        return store.save(planning);
    }
}
