package com.kamsuite.opportunity.opportunity.application;

import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.opportunity.customerref.application.CustomerMergeFollowUp;
import com.kamsuite.opportunity.customerref.domain.CustomerReference;
import com.kamsuite.opportunity.customerref.persistence.CustomerReferences;
import com.kamsuite.opportunity.opportunity.domain.AssessmentQuestion;
import com.kamsuite.opportunity.opportunity.domain.BuyingRole;
import com.kamsuite.opportunity.opportunity.domain.Contact;
import com.kamsuite.opportunity.opportunity.domain.Money;
import com.kamsuite.opportunity.opportunity.domain.Opportunity;
import com.kamsuite.opportunity.opportunity.domain.OpportunitySource;
import com.kamsuite.opportunity.opportunity.domain.OwnerChangePolicy;
import com.kamsuite.opportunity.opportunity.domain.ProductLine;
import com.kamsuite.opportunity.opportunity.domain.Stage;
import com.kamsuite.opportunity.opportunity.domain.TeamRole;
import com.kamsuite.opportunity.opportunity.domain.ValueAssessment;
import com.kamsuite.opportunity.opportunity.persistence.OpportunityRepository;
import com.kamsuite.opportunity.org.persistence.ReportingLines;
import com.kamsuite.runtime.Roles;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** The use cases of an opportunity (O1–O4, O8): each loads it in the caller's division, asks it to change, saves it. */
@Service
public class Opportunities implements CustomerMergeFollowUp {

    /** Who revised an opportunity that followed its customer's merge. */
    static final String MERGE_ACTOR = "customer-merge";

    private final OpportunityRepository opportunities;
    private final CustomerReferences customers;
    private final DivisionFunnelRules funnel;
    private final ReportingLines reportingLines;
    private final Clock clock;

    public Opportunities(OpportunityRepository opportunities, CustomerReferences customers, DivisionFunnelRules funnel,
                         ReportingLines reportingLines, Clock clock) {
        this.opportunities = opportunities;
        this.customers = customers;
        this.funnel = funnel;
        this.reportingLines = reportingLines;
        this.clock = clock;
    }

    /** The commercial content of an opportunity, as created or revised. */
    public record Content(String name, Money amount, LocalDate expectedCloseDate, OpportunitySource source,
                          List<ProductLine> products) {
    }

    public record CreateOpportunity(String customerId, Content content) {
    }

    /**
     * Creates an opportunity in the caller's division, owned by the caller. A customer this service has never heard
     * of is refused (422); a merged customer is replaced by its survivor.
     */
    public Opportunity create(CreateOpportunity command, CurrentUser user) {
        CustomerReference customer = resolve(command.customerId());
        Content content = command.content();
        Opportunity opportunity = Opportunity.create("opp-" + UUID.randomUUID(), user.divisionId(), customer.customerId(),
                content.name(), content.amount(), content.expectedCloseDate(), content.source(), content.products(),
                user.personId(), funnel.rules(user.divisionId()), clock.instant());
        return opportunities.save(opportunity);
    }

    public Opportunity get(String id, CurrentUser user) {
        return opportunities.findInDivision(id, user.divisionId()).orElseThrow(() -> new NotFoundException("opportunity", id));
    }

    public List<Opportunity> list(CurrentUser user, String customerId, String ownerId, String stage) {
        return opportunities.listInDivision(user.divisionId(), customerId, ownerId, stage == null ? null : stageOf(stage));
    }

    /** A team member edits the commercial content; a customer merged meanwhile is replaced by its survivor. */
    public Opportunity revise(String id, Content content, String reason, CurrentUser user) {
        return change(id, user, opportunity -> opportunity.revise(resolve(opportunity.customerId()).customerId(),
                content.name(), content.amount(), content.expectedCloseDate(), content.source(), content.products(),
                user.personId(), reason, clock.instant()));
    }

    public Opportunity moveTo(String id, String stage, String reason, CurrentUser user) {
        Stage target = Stage.open(stage);
        return change(id, user, opportunity ->
                opportunity.moveTo(target, funnel.rules(user.divisionId()), user.personId(), reason, clock.instant()));
    }

    public Opportunity win(String id, LocalDate wonOn, CurrentUser user) {
        return change(id, user, opportunity -> opportunity.win(funnel.rules(user.divisionId()),
                wonOn == null ? LocalDate.now(clock) : wonOn, user.personId(), clock.instant()));
    }

    public Opportunity lose(String id, String reason, String winningCompetitor, LocalDate lostOn, CurrentUser user) {
        return change(id, user, opportunity -> opportunity.lose(reason, winningCompetitor,
                lostOn == null ? LocalDate.now(clock) : lostOn, user.personId(), clock.instant()));
    }

    public Contact addContact(String id, String name, String title, BuyingRole role, String keyPersonId, CurrentUser user) {
        Contact[] added = new Contact[1];
        change(id, user, opportunity -> added[0] = opportunity.addContact(name, title, role, keyPersonId, user.personId()));
        return added[0];
    }

    public ValueAssessment assess(String id, Map<AssessmentQuestion, Boolean> answers, String note, CurrentUser user) {
        ValueAssessment[] made = new ValueAssessment[1];
        change(id, user, opportunity -> made[0] = opportunity.assess(answers, note, user.personId(), clock.instant()));
        return made[0];
    }

    public Opportunity putMember(String id, String personId, TeamRole role, CurrentUser user) {
        return change(id, user, opportunity -> opportunity.putMember(personId, role, user.personId()));
    }

    public Opportunity removeMember(String id, String personId, CurrentUser user) {
        return change(id, user, opportunity -> opportunity.removeMember(personId, user.personId()));
    }

    public Opportunity splitCredit(String id, Map<String, BigDecimal> shares, CurrentUser user) {
        return change(id, user, opportunity -> opportunity.splitCredit(shares, user.personId()));
    }

    /** Only the current owner's superior (or the division head) hands the opportunity to another active person. */
    public Opportunity changeOwner(String id, String newOwnerId, String reason, CurrentUser user) {
        return change(id, user, opportunity -> {
            new OwnerChangePolicy().check(reportingLines.find(opportunity.ownerId(), user.divisionId()), newOwnerId,
                    reportingLines.find(newOwnerId, user.divisionId()), user.personId(), user.hasRole(Roles.DIVISION_HEAD),
                    LocalDate.now(clock));
            opportunity.changeOwner(newOwnerId, user.personId(), reason, clock.instant());
        });
    }

    public Opportunity confirm(String id, CurrentUser user) {
        return change(id, user, opportunity -> opportunity.confirm(user.personId(), clock.instant()));
    }

    /**
     * A customer was merged into a survivor: its open opportunities, in every division, follow the survivor (each a
     * revision announced to forecast-service). Safe to repeat: an opportunity already moved is left alone.
     */
    @Override
    public void customerMerged(String mergedId, String survivorId) {
        for (Opportunity opportunity : opportunities.ofCustomer(mergedId)) {
            if (opportunity.customerMerged(survivorId, MERGE_ACTOR, clock.instant())) {
                opportunities.save(opportunity);
            }
        }
    }

    private Opportunity change(String id, CurrentUser user, Consumer<Opportunity> transition) {
        Opportunity opportunity = get(id, user);
        transition.accept(opportunity);
        return opportunities.save(opportunity);
    }

    private CustomerReference resolve(String customerId) {
        return customers.resolve(customerId).orElseThrow(() -> new RuleViolationException("unknown-customer",
                "customer " + customerId + " is not known", customerId));
    }

    private static Stage stageOf(String code) {
        for (Stage stage : Stage.values()) {
            if (stage.name().equals(code) || stage.isOpen() && stage.code().equals(code)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("a stage is 01 to 07, WON or LOST");
    }
}
