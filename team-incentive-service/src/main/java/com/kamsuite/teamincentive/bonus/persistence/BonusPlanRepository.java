package com.kamsuite.teamincentive.bonus.persistence;

import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.teamincentive.bonus.domain.BonusPlan;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Repository
public class BonusPlanRepository {

    private final AggregateStore store;

    public BonusPlanRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        String collection = store.collectionOf(BonusPlan.class);
        mongo.indexOps(collection).createIndex(new Index().on("planKey", Sort.Direction.ASC).on("planVersion", Sort.Direction.ASC).unique());
        mongo.indexOps(collection).createIndex(new Index().on("divisionId", Sort.Direction.ASC));
    }

    public BonusPlan save(BonusPlan plan) {
        return store.save(plan);
    }

    public Optional<BonusPlan> find(String divisionId, String id) {
        return store.findById(BonusPlan.class, id).filter(plan -> plan.divisionId().equals(divisionId));
    }

    public List<BonusPlan> inDivision(String divisionId) {
        return store.find(Query.query(where("divisionId").is(divisionId)), BonusPlan.class).stream()
                .sorted(Comparator.comparing(BonusPlan::planKey).thenComparingInt(BonusPlan::planVersion)).toList();
    }

    public List<BonusPlan> versions(String divisionId, String planKey) {
        return inDivision(divisionId).stream().filter(plan -> plan.planKey().equals(planKey)).toList();
    }
}
