package com.kamsuite.opportunity.tender.persistence;

import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.opportunity.tender.domain.TenderProject;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@Repository
public class TenderRepository {

    private final AggregateStore store;

    public TenderRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        mongo.indexOps(store.collectionOf(TenderProject.class)).createIndex(
                new Index().on("divisionId", Sort.Direction.ASC).on("partners.partnerId", Sort.Direction.ASC));
    }

    public TenderProject save(TenderProject project) {
        return store.save(project);
    }

    public Optional<TenderProject> findInDivision(String opportunityId, String divisionId) {
        return store.findOne(Query.query(where("_id").is(opportunityId).and("divisionId").is(divisionId)), TenderProject.class);
    }

    /** The tenders of a division a partner is invited to. */
    public List<TenderProject> invitingPartner(String divisionId, String partnerId) {
        return store.find(Query.query(where("divisionId").is(divisionId).and("partners.partnerId").is(partnerId)), TenderProject.class);
    }
}
