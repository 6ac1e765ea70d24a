package com.kamsuite.teamincentive.org.persistence;

import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.teamincentive.org.domain.OrgUnit;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Repository
public class OrgUnitRepository {

    private final AggregateStore store;

    public OrgUnitRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        mongo.indexOps(store.collectionOf(OrgUnit.class)).createIndex(new Index().on("divisionId", Sort.Direction.ASC));
    }

    public OrgUnit save(OrgUnit unit) {
        return store.save(unit);
    }

    public Optional<OrgUnit> find(String divisionId, String id) {
        return store.findById(OrgUnit.class, id).filter(unit -> unit.divisionId().equals(divisionId));
    }

    public List<OrgUnit> inDivision(String divisionId) {
        return store.find(Query.query(where("divisionId").is(divisionId)).with(Sort.by("_id")), OrgUnit.class);
    }
}
