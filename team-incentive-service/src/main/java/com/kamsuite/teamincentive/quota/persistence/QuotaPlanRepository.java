package com.kamsuite.teamincentive.quota.persistence;

import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.teamincentive.quota.domain.QuotaPlan;
import com.kamsuite.teamincentive.quota.domain.QuotaStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Repository
public class QuotaPlanRepository {

    private final AggregateStore store;

    public QuotaPlanRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        mongo.indexOps(store.collectionOf(QuotaPlan.class))
                .createIndex(new Index().on("planKey", Sort.Direction.ASC).on("planVersion", Sort.Direction.ASC).unique());
        mongo.indexOps(store.collectionOf(QuotaPlan.class)).createIndex(new Index().on("divisionId", Sort.Direction.ASC));
    }

    public QuotaPlan save(QuotaPlan plan) {
        return store.save(plan);
    }

    public Optional<QuotaPlan> find(String divisionId, String id) {
        return store.findById(QuotaPlan.class, id).filter(plan -> plan.divisionId().equals(divisionId));
    }

    public List<QuotaPlan> inDivision(String divisionId) {
        return store.find(Query.query(where("divisionId").is(divisionId)), QuotaPlan.class).stream()
                .sorted(Comparator.comparing(QuotaPlan::planKey).thenComparingInt(QuotaPlan::planVersion)).toList();
    }

    /** The approved plans in force: per plan key, the approved version with the highest number. */
    public List<QuotaPlan> inForce(String divisionId) {
        Map<String, QuotaPlan> newest = inDivision(divisionId).stream().filter(p -> p.status() == QuotaStatus.APPROVED)
                .collect(Collectors.toMap(QuotaPlan::planKey, p -> p,
                        BinaryOperator.maxBy(Comparator.comparingInt(QuotaPlan::planVersion))));
        return newest.values().stream().sorted(Comparator.comparing(QuotaPlan::from)).toList();
    }

    public int nextVersion(String divisionId, String planKey) {
        return inDivision(divisionId).stream().filter(p -> p.planKey().equals(planKey)).mapToInt(QuotaPlan::planVersion)
                .max().orElse(0) + 1;
    }
}
