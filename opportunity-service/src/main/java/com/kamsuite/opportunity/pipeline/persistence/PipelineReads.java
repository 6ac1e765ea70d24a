package com.kamsuite.opportunity.pipeline.persistence;

import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.opportunity.opportunity.domain.Opportunity;
import com.kamsuite.opportunity.opportunity.domain.Stage;
import com.kamsuite.opportunity.pipeline.domain.ClosePeriod;
import com.kamsuite.opportunity.pipeline.domain.PipelineEntry;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads the pipeline from the opportunities' own collection, only the fields a list shows (never the histories).
 * Amounts are stored as decimal text, so sums and the order by amount are the service's, not MongoDB's.
 */
@Repository
public class PipelineReads {

    private final MongoTemplate mongo;
    private final String collection;

    public PipelineReads(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.collection = store.collectionOf(Opportunity.class);
        mongo.indexOps(collection).createIndex(new Index().on("divisionId", Sort.Direction.ASC).on("stage", Sort.Direction.ASC)
                .on("expectedCloseDate", Sort.Direction.ASC));
    }

    /** What to read: each criterion is left out when null. */
    public record Criteria(Collection<String> ids, Collection<String> ownerIds, String customerId, ClosePeriod closePeriod,
                           Set<Stage> stages, String nameContains) {
    }

    public List<PipelineEntry> find(String divisionId, Criteria wanted) {
        org.springframework.data.mongodb.core.query.Criteria criteria = where("divisionId").is(divisionId);
        if (wanted.ids() != null) {
            criteria = criteria.and("_id").in(wanted.ids());
        }
        if (wanted.ownerIds() != null) {
            criteria = criteria.and("ownerId").in(wanted.ownerIds());
        }
        if (wanted.customerId() != null) {
            criteria = criteria.and("customerId").is(wanted.customerId());
        }
        if (wanted.stages() != null) {
            criteria = criteria.and("stage").in(wanted.stages().stream().map(Stage::name).toList());
        }
        if (wanted.closePeriod() != null) {
            // LocalDate values, converted by the same converters that stored the aggregate
            criteria = criteria.and("expectedCloseDate").gte(wanted.closePeriod().start()).lt(wanted.closePeriod().end());
        }
        if (wanted.nameContains() != null) {
            criteria = criteria.and("name").regex(Pattern.quote(wanted.nameContains()), "i");
        }
        Query query = Query.query(criteria);
        query.fields().include("name", "customerId", "ownerId", "stage", "amount", "probability", "expectedCloseDate",
                "confirmed", "createdAt");
        return mongo.find(query, Document.class, collection).stream().map(this::entry).toList();
    }

    private PipelineEntry entry(Document document) {
        Stage stage = Stage.valueOf(document.getString("stage"));
        Document amount = document.get("amount", Document.class);
        Object probability = document.get("probability");
        Date close = document.getDate("expectedCloseDate");
        Date created = document.getDate("createdAt");
        return new PipelineEntry(document.getString("_id"), document.getString("name"), document.getString("customerId"),
                document.getString("ownerId"), stage.code(), stage.isOpen() ? "OPEN" : stage.name(),
                new BigDecimal(amount.get("amount").toString()), amount.getString("currency"),
                probability == null ? null : new BigDecimal(probability.toString()),
                localDate(close),
                Boolean.TRUE.equals(document.getBoolean("confirmed")), created == null ? null : created.toInstant());
    }

    private LocalDate localDate(Date date) {
        return date == null ? null : mongo.getConverter().getConversionService().convert(date, LocalDate.class);
    }
}
