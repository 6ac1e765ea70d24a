package com.kamsuite.customer.account.persistence;

import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.account.domain.AccountStatus;
import com.kamsuite.kit.outbox.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The division relationships; every query names the division, so a division never reads another's. */
@Repository
public class AccountRepository {

    private final AggregateStore store;

    public AccountRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        String collection = store.collectionOf(Account.class);
        mongo.indexOps(collection).createIndex(new Index().on("customerId", Sort.Direction.ASC));
        mongo.indexOps(collection).createIndex(new Index().on("divisionId", Sort.Direction.ASC)
                .on("ownerId", Sort.Direction.ASC).on("lastReviewedAt", Sort.Direction.ASC));
    }

    public Account save(Account account) {
        return store.save(account);
    }

    public Optional<Account> find(String customerId, String divisionId) {
        return store.findById(Account.class, Account.idOf(customerId, divisionId));
    }

    /** The relationships of every division with a customer: only for merging, which concerns them all. */
    public List<Account> allDivisionsOf(String customerId) {
        return store.find(Query.query(where("customerId").is(customerId)), Account.class);
    }

    public List<Account> activeOf(String divisionId) {
        return store.find(Query.query(where("divisionId").is(divisionId).and("status").is(AccountStatus.ACTIVE)), Account.class);
    }

    public List<Account> ownedBy(String divisionId, String ownerId) {
        return store.find(Query.query(where("divisionId").is(divisionId).and("ownerId").is(ownerId)
                .and("status").is(AccountStatus.ACTIVE)), Account.class);
    }

    public List<Account> reviewedBefore(String divisionId, String ownerId, Instant cutoff) {
        return store.find(Query.query(where("divisionId").is(divisionId).and("ownerId").is(ownerId)
                .and("status").is(AccountStatus.ACTIVE).and("lastReviewedAt").lt(cutoff))
                .with(Sort.by("lastReviewedAt")), Account.class);
    }

    public List<Account> unassigned(String divisionId) {
        return store.find(Query.query(where("divisionId").is(divisionId).and("ownerId").is(null)
                .and("status").is(AccountStatus.ACTIVE)).with(Sort.by("openedAt")), Account.class);
    }
}
