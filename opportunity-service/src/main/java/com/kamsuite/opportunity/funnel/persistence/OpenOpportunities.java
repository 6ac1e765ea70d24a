package com.kamsuite.opportunity.funnel.persistence;

import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.opportunity.funnel.domain.FunnelSnapshot;
import com.kamsuite.opportunity.opportunity.domain.Opportunity;
import com.kamsuite.opportunity.opportunity.domain.Stage;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A read of the open opportunities for funnel health (O6): only stage and amount of each, from the opportunities'
 * own collection. Amounts are summed in the service (BigDecimal), not in MongoDB, which would need Decimal128 fields.
 */
@Repository
public class OpenOpportunities {

    private static final List<String> OPEN_STAGES = Arrays.stream(Stage.values()).filter(Stage::isOpen).map(Stage::name).toList();

    private final MongoTemplate mongo;
    private final String collection;

    public OpenOpportunities(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.collection = store.collectionOf(Opportunity.class);
    }

    /** The division's open opportunities, of the given owners only when {@code ownerIds} is not null. */
    public List<FunnelSnapshot.Position> of(String divisionId, Collection<String> ownerIds) {
        Criteria criteria = where("divisionId").is(divisionId).and("stage").in(OPEN_STAGES);
        if (ownerIds != null) {
            criteria = criteria.and("ownerId").in(ownerIds);
        }
        Query query = Query.query(criteria);
        query.fields().include("stage").include("amount").include("ownerId");
        return mongo.find(query, Document.class, collection).stream().map(OpenOpportunities::entry).toList();
    }

    private static FunnelSnapshot.Position entry(Document document) {
        Document amount = document.get("amount", Document.class);
        return new FunnelSnapshot.Position(Stage.valueOf(document.getString("stage")).code(), document.getString("ownerId"),
                new BigDecimal(amount.get("amount").toString()), amount.getString("currency"));
    }
}
