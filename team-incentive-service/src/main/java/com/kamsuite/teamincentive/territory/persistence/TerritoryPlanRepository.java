package com.kamsuite.teamincentive.territory.persistence;

import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.teamincentive.territory.domain.PlanStatus;
import com.kamsuite.teamincentive.territory.domain.TerritoryPlan;
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
public class TerritoryPlanRepository {

    private final AggregateStore store;

    public TerritoryPlanRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        // One plan per version number of a division: two concurrent revisions cannot both become version n.
        mongo.indexOps(store.collectionOf(TerritoryPlan.class))
                .createIndex(new Index().on("divisionId", Sort.Direction.ASC).on("planVersion", Sort.Direction.ASC).unique());
    }

    public TerritoryPlan save(TerritoryPlan plan) {
        return store.save(plan);
    }

    public Optional<TerritoryPlan> find(String divisionId, String id) {
        return store.findById(TerritoryPlan.class, id).filter(plan -> plan.divisionId().equals(divisionId));
    }

    public List<TerritoryPlan> inDivision(String divisionId) {
        return store.find(Query.query(where("divisionId").is(divisionId)), TerritoryPlan.class).stream()
                .sorted(Comparator.comparingInt(TerritoryPlan::planVersion)).toList();
    }

    /** The approved plan with the highest version: the rules in force. */
    public Optional<TerritoryPlan> current(String divisionId) {
        return inDivision(divisionId).stream().filter(plan -> plan.status() == PlanStatus.APPROVED)
                .max(Comparator.comparingInt(TerritoryPlan::planVersion));
    }

    public int nextVersion(String divisionId) {
        return inDivision(divisionId).stream().mapToInt(TerritoryPlan::planVersion).max().orElse(0) + 1;
    }
}
