package com.kamsuite.forecast.pipeline.persistence;

import com.kamsuite.events.opportunity.OpportunityConfirmed;
import com.kamsuite.events.opportunity.OpportunityCreated;
import com.kamsuite.events.opportunity.OpportunityLost;
import com.kamsuite.events.opportunity.OpportunityOwnerChanged;
import com.kamsuite.events.opportunity.OpportunityProduct;
import com.kamsuite.events.opportunity.OpportunityRevised;
import com.kamsuite.events.opportunity.OpportunityStageChanged;
import com.kamsuite.events.opportunity.OpportunityWon;
import com.kamsuite.forecast.pipeline.domain.PipelineOpportunity;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.kit.messaging.Projections;
import com.kamsuite.kit.messaging.ReceivedEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The division's opportunities as forecast-service needs them. Every event of an opportunity, confirmed or not yet,
 * updates its document in the order of the opportunity's own sequence (a duplicate or a replay changes nothing), so
 * when the confirmation comes the state is right; the confirmation carries the whole snapshot anyway.
 */
@Repository
public class PipelineReplica {

    static final String OPPORTUNITIES = "forecast_opportunities";

    private final MongoTemplate mongo;
    private final Projections projections;

    public PipelineReplica(MongoTemplate mongo, Projections projections) {
        this.mongo = mongo;
        this.projections = projections;
        mongo.indexOps(OPPORTUNITIES).createIndex(new Index().on("divisionId", Sort.Direction.ASC)
                .on("ownerId", Sort.Direction.ASC).on("expectedCloseDate", Sort.Direction.ASC));
        mongo.indexOps(OPPORTUNITIES).createIndex(new Index().on("divisionId", Sort.Direction.ASC).on("wonOn", Sort.Direction.ASC));
    }

    record OpportunityDocument(@Id String id, String divisionId, String customerId, String name, String ownerId,
                               String stage, BigDecimal probability, BigDecimal amount, String currency,
                               LocalDate expectedCloseDate, List<ProductDocument> products, Boolean confirmed,
                               String status, LocalDate wonOn) {
    }

    record ProductDocument(String productCode, String productName, BigDecimal quantity, BigDecimal unitPrice,
                           String deliveryMonth, String unit) {
    }

    public boolean created(ReceivedEvent<OpportunityCreated> event) {
        OpportunityCreated data = event.data();
        return apply(event, data.opportunityId(), new Update().set("customerId", data.customerId()).set("name", data.name())
                .set("ownerId", data.ownerId()).set("stage", data.stage()).set("amount", data.amount())
                .set("currency", data.currency()).set("expectedCloseDate", data.expectedCloseDate()).set("status", "OPEN")
                .setOnInsert("confirmed", false));
    }

    public boolean confirmed(ReceivedEvent<OpportunityConfirmed> event) {
        OpportunityConfirmed data = event.data();
        return apply(event, data.opportunityId(), new Update().set("customerId", data.customerId()).set("name", data.name())
                .set("ownerId", data.ownerId()).set("stage", data.stage()).set("probability", data.probability())
                .set("amount", data.amount()).set("currency", data.currency())
                .set("expectedCloseDate", data.expectedCloseDate()).set("products", products(data.products()))
                .set("confirmed", true).set("status", "OPEN"));
    }

    public boolean revised(ReceivedEvent<OpportunityRevised> event) {
        OpportunityRevised data = event.data();
        return apply(event, data.opportunityId(), new Update().set("customerId", data.customerId()).set("name", data.name())
                .set("amount", data.amount()).set("currency", data.currency())
                .set("expectedCloseDate", data.expectedCloseDate()).set("products", products(data.products())));
    }

    public boolean stageChanged(ReceivedEvent<OpportunityStageChanged> event) {
        OpportunityStageChanged data = event.data();
        return apply(event, data.opportunityId(), new Update().set("customerId", data.customerId())
                .set("ownerId", data.ownerId()).set("stage", data.toStage()).set("probability", data.probability())
                .set("amount", data.amount()).set("currency", data.currency()));
    }

    public boolean ownerChanged(ReceivedEvent<OpportunityOwnerChanged> event) {
        OpportunityOwnerChanged data = event.data();
        return apply(event, data.opportunityId(), new Update().set("customerId", data.customerId()).set("ownerId", data.ownerId()));
    }

    public boolean won(ReceivedEvent<OpportunityWon> event) {
        OpportunityWon data = event.data();
        return apply(event, data.opportunityId(), new Update().set("customerId", data.customerId()).set("ownerId", data.ownerId())
                .set("amount", data.amount()).set("currency", data.currency()).set("stage", "08")
                .set("probability", BigDecimal.valueOf(100)).set("status", "WON").set("wonOn", data.wonOn()));
    }

    public boolean lost(ReceivedEvent<OpportunityLost> event) {
        OpportunityLost data = event.data();
        return apply(event, data.opportunityId(), new Update().set("customerId", data.customerId()).set("status", "LOST")
                .set("probability", BigDecimal.ZERO).unset("wonOn"));
    }

    /** The confirmed, open opportunities of which the person is the primary owner, expected to close in the period. */
    public List<PipelineOpportunity> confirmedOpenOf(String divisionId, String ownerId, Period period) {
        return find(Query.query(where("divisionId").is(divisionId).and("ownerId").is(ownerId).and("confirmed").is(true)
                .and("status").is("OPEN").and("expectedCloseDate").gte(period.start()).lte(period.end())));
    }

    /** Every opportunity of the division won in the period (the actuals of F6). */
    public List<PipelineOpportunity> wonIn(String divisionId, Period period) {
        return find(Query.query(where("divisionId").is(divisionId).and("status").is("WON")
                .and("wonOn").gte(period.start()).lte(period.end())));
    }

    private List<PipelineOpportunity> find(Query query) {
        return mongo.find(query, OpportunityDocument.class, OPPORTUNITIES).stream()
                .map(PipelineReplica::opportunity)
                .sorted(Comparator.comparing(PipelineOpportunity::opportunityId)).toList();
    }

    private boolean apply(ReceivedEvent<?> event, String opportunityId, Update update) {
        projections.requireHeldDivision(OPPORTUNITIES, opportunityId, event);
        return projections.applyInOrder(OPPORTUNITIES, opportunityId, event, update.set("divisionId", event.divisionId()));
    }

    private static List<ProductDocument> products(List<OpportunityProduct> products) {
        return products.stream().map(p -> new ProductDocument(p.productCode(), p.productName(), p.quantity(),
                p.quotedPrice() != null ? p.quotedPrice() : p.desiredPrice(),
                p.deliveryMonth() == null ? null : p.deliveryMonth().toString(), p.unit())).toList();
    }

    private static PipelineOpportunity opportunity(OpportunityDocument d) {
        List<PipelineOpportunity.Product> products = d.products() == null ? List.of() : d.products().stream()
                .map(p -> new PipelineOpportunity.Product(p.productCode(), p.productName(), p.quantity(), p.unitPrice(),
                        p.deliveryMonth() == null ? null : YearMonth.parse(p.deliveryMonth()), p.unit())).toList();
        return new PipelineOpportunity(d.id(), d.customerId(), d.name(), d.ownerId(), d.stage(), d.probability(),
                d.amount(), d.currency(), d.expectedCloseDate(), products, Boolean.TRUE.equals(d.confirmed()),
                d.status() == null ? PipelineOpportunity.Status.OPEN : PipelineOpportunity.Status.valueOf(d.status()),
                d.wonOn());
    }
}
