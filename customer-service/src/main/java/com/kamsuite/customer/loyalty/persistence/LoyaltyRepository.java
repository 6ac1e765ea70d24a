package com.kamsuite.customer.loyalty.persistence;

import com.kamsuite.customer.loyalty.domain.AccountLoyalty;
import com.kamsuite.kit.outbox.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The loyalty of accounts, one document per account under the account's id. */
@Repository
public class LoyaltyRepository {

    private final AggregateStore store;

    public LoyaltyRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        mongo.indexOps(store.collectionOf(AccountLoyalty.class)).createIndex(new Index().on("customerId", Sort.Direction.ASC));
    }

    public Optional<AccountLoyalty> find(String accountId) {
        return store.findById(AccountLoyalty.class, accountId);
    }

    /** The loyalty of every division's relationship with a customer: only for merging, which concerns them all. */
    public List<AccountLoyalty> allDivisionsOf(String customerId) {
        return store.find(Query.query(where("customerId").is(customerId)), AccountLoyalty.class);
    }

    public AccountLoyalty save(AccountLoyalty loyalty) {
        return store.save(loyalty);
    }
}
