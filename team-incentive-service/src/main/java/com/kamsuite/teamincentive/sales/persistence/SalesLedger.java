package com.kamsuite.teamincentive.sales.persistence;

import com.kamsuite.events.customer.CustomerClassified;
import com.kamsuite.events.customer.CustomerSatisfactionRecorded;
import com.kamsuite.events.opportunity.OpportunityCreated;
import com.kamsuite.events.opportunity.OpportunityLost;
import com.kamsuite.events.opportunity.OpportunityWon;
import com.kamsuite.kit.messaging.Projections;
import com.kamsuite.kit.messaging.ReceivedEvent;
import com.kamsuite.teamincentive.sales.domain.AccountRecord;
import com.kamsuite.teamincentive.sales.domain.Credit;
import com.kamsuite.teamincentive.sales.domain.OpenOpportunity;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The division's sales as team-incentive-service learns them from opportunity and customer events: won credits
 * (split among people), reversals, the open pipeline, key-account tiers and satisfaction surveys. Every write is
 * idempotent: opportunities follow their aggregate's sequence, accounts remember the event ids they applied.
 */
@Repository
public class SalesLedger {

    static final String OPPORTUNITIES = "sales_opportunities";
    static final String ACCOUNTS = "sales_accounts";

    private final MongoTemplate mongo;
    private final Projections projections;

    public SalesLedger(MongoTemplate mongo, Projections projections) {
        this.mongo = mongo;
        this.projections = projections;
        mongo.indexOps(OPPORTUNITIES).createIndex(new Index().on("divisionId", Sort.Direction.ASC).on("wonOn", Sort.Direction.ASC));
        mongo.indexOps(OPPORTUNITIES).createIndex(new Index().on("divisionId", Sort.Direction.ASC).on("reversedOn", Sort.Direction.ASC));
        mongo.indexOps(ACCOUNTS).createIndex(new Index().on("divisionId", Sort.Direction.ASC));
    }

    record OpportunityDocument(@Id String id, String divisionId, String customerId, String ownerId, BigDecimal amount,
                               String currency, LocalDate expectedCloseDate, String stage, String status, LocalDate wonOn,
                               LocalDate reversedOn, List<CreditDocument> credits) {
    }

    record CreditDocument(String personId, BigDecimal percent, BigDecimal amount) {
    }

    record AccountDocument(@Id String id, String divisionId, String customerId, String tier, List<SurveyDocument> surveys) {
    }

    record SurveyDocument(BigDecimal score, LocalDate surveyedOn, String accountManagerId) {
    }

    public boolean created(ReceivedEvent<OpportunityCreated> event) {
        OpportunityCreated data = event.data();
        requireSameDivision(event, data.opportunityId());
        return projections.applyInOrder(OPPORTUNITIES, data.opportunityId(), event, new Update()
                .set("divisionId", event.divisionId()).set("customerId", data.customerId()).set("ownerId", data.ownerId())
                .set("amount", data.amount()).set("currency", data.currency())
                .set("expectedCloseDate", data.expectedCloseDate()).set("stage", data.stage()).set("status", "OPEN"));
    }

    /** Records the credits of a won opportunity; a re-win replaces earlier credits and clears a reversal. */
    public boolean won(ReceivedEvent<OpportunityWon> event) {
        OpportunityWon data = event.data();
        requireSameDivision(event, data.opportunityId());
        List<CreditDocument> credits = data.credits().stream()
                .map(credit -> new CreditDocument(credit.personId(), credit.percent(),
                        data.amount().multiply(credit.percent()).movePointLeft(2)))
                .toList();
        return projections.applyInOrder(OPPORTUNITIES, data.opportunityId(), event, new Update()
                .set("divisionId", event.divisionId()).set("customerId", data.customerId()).set("ownerId", data.ownerId())
                .set("amount", data.amount()).set("currency", data.currency()).set("status", "WON")
                .set("wonOn", data.wonOn()).unset("reversedOn").set("credits", credits));
    }

    /** A loss after a win reverses the credits (the clawback trigger); a loss of an open opportunity just closes it. */
    public boolean lost(ReceivedEvent<OpportunityLost> event) {
        OpportunityLost data = event.data();
        OpportunityDocument existing = requireSameDivision(event, data.opportunityId());
        Update update = new Update().set("divisionId", event.divisionId()).set("customerId", data.customerId())
                .set("ownerId", data.ownerId());
        if (existing != null && "WON".equals(existing.status())) {
            update.set("status", "REVERSED").set("reversedOn", data.lostOn());
        } else {
            update.set("status", "LOST").set("amount", data.amount()).set("currency", data.currency());
        }
        return projections.applyInOrder(OPPORTUNITIES, data.opportunityId(), event, update);
    }

    public boolean satisfactionRecorded(ReceivedEvent<CustomerSatisfactionRecorded> event) {
        CustomerSatisfactionRecorded data = event.data();
        event.requireDivision(data.divisionId());
        return projections.applyOnce(ACCOUNTS, accountId(data.divisionId(), data.customerId()), event, new Update()
                .set("divisionId", data.divisionId()).set("customerId", data.customerId())
                .push("surveys", new SurveyDocument(data.score(), data.surveyedOn(), data.accountManagerId())));
    }

    public boolean classified(ReceivedEvent<CustomerClassified> event) {
        CustomerClassified data = event.data();
        event.requireDivision(data.divisionId());
        return projections.applyOnce(ACCOUNTS, accountId(data.divisionId(), data.customerId()), event, new Update()
                .set("divisionId", data.divisionId()).set("customerId", data.customerId()).set("tier", data.tier()));
    }

    /** Every credit of the division won in [from, to], reversed or not, in a stable order. */
    public List<Credit> creditsWonBetween(String divisionId, LocalDate from, LocalDate to) {
        return credits(Query.query(where("divisionId").is(divisionId).and("wonOn").gte(from).lte(to)));
    }

    /** The credits of these people won in [from, to] (the opportunities they share bring their other credits too). */
    public List<Credit> creditsOfPeopleWonBetween(String divisionId, java.util.Collection<String> people, LocalDate from,
                                                  LocalDate to) {
        return credits(Query.query(where("divisionId").is(divisionId).and("wonOn").gte(from).lte(to)
                .and("credits.personId").in(people)));
    }

    /** The people credited with an opportunity, now or before a re-win replaced its credits. */
    public java.util.Set<String> peopleCreditedWith(String opportunityId) {
        OpportunityDocument document = mongo.findById(opportunityId, OpportunityDocument.class, OPPORTUNITIES);
        java.util.Set<String> people = new java.util.TreeSet<>();
        if (document != null && document.credits() != null) {
            document.credits().forEach(c -> people.add(c.personId()));
        }
        return people;
    }

    /** Every credit of the division reversed in [from, to]. */
    public List<Credit> creditsReversedBetween(String divisionId, LocalDate from, LocalDate to) {
        return credits(Query.query(where("divisionId").is(divisionId).and("reversedOn").gte(from).lte(to)));
    }

    /** The date the opportunity was won, if it ever was (still set after a reversal). */
    public java.util.Optional<LocalDate> wonOn(String opportunityId) {
        return java.util.Optional.ofNullable(mongo.findById(opportunityId, OpportunityDocument.class, OPPORTUNITIES))
                .map(OpportunityDocument::wonOn);
    }

    public List<OpenOpportunity> openPipeline(String divisionId) {
        return mongo.find(Query.query(where("divisionId").is(divisionId).and("status").is("OPEN")), OpportunityDocument.class,
                        OPPORTUNITIES).stream()
                .map(d -> new OpenOpportunity(d.id(), d.customerId(), d.ownerId(), d.amount(), d.currency(),
                        d.expectedCloseDate(), d.stage()))
                .sorted(Comparator.comparing(OpenOpportunity::opportunityId)).toList();
    }

    public List<AccountRecord> accounts(String divisionId) {
        return mongo.find(Query.query(where("divisionId").is(divisionId)), AccountDocument.class, ACCOUNTS).stream()
                .map(d -> new AccountRecord(d.customerId(), d.tier(), d.surveys() == null ? List.of() : d.surveys().stream()
                        .map(s -> new AccountRecord.Survey(s.score(), s.surveyedOn(), s.accountManagerId())).toList()))
                .sorted(Comparator.comparing(AccountRecord::customerId)).toList();
    }

    private List<Credit> credits(Query query) {
        return mongo.find(query, OpportunityDocument.class, OPPORTUNITIES).stream()
                .filter(d -> d.credits() != null && d.wonOn() != null)
                .flatMap(d -> d.credits().stream().map(c -> new Credit(d.id(), d.customerId(), c.personId(), c.amount(),
                        d.currency(), d.wonOn(), d.reversedOn())))
                .sorted(Comparator.comparing(Credit::opportunityId).thenComparing(Credit::personId))
                .toList();
    }

    private OpportunityDocument requireSameDivision(ReceivedEvent<?> event, String opportunityId) {
        OpportunityDocument existing = mongo.findById(opportunityId, OpportunityDocument.class, OPPORTUNITIES);
        if (existing != null) {
            event.requireDivision(existing.divisionId());
        }
        return existing;
    }

    private static String accountId(String divisionId, String customerId) {
        return divisionId + "|" + customerId;
    }
}
