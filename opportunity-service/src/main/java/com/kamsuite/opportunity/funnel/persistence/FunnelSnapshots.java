package com.kamsuite.opportunity.funnel.persistence;

import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.opportunity.funnel.domain.FunnelSnapshot;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Repository
public class FunnelSnapshots {

    private final AggregateStore store;

    public FunnelSnapshots(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        mongo.indexOps(store.collectionOf(FunnelSnapshot.class)).createIndex(
                new Index().on("divisionId", Sort.Direction.ASC).on("takenAt", Sort.Direction.DESC));
    }

    public FunnelSnapshot save(FunnelSnapshot snapshot) {
        return store.save(snapshot);
    }

    /** The division's latest {@code limit} snapshots, newest first. */
    public List<FunnelSnapshot> latest(String divisionId, int limit) {
        return store.find(Query.query(where("divisionId").is(divisionId)).with(Sort.by(Sort.Direction.DESC, "takenAt")).limit(limit),
                FunnelSnapshot.class);
    }
}
