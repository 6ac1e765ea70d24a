package com.kamsuite.opportunity.opportunity.domain;

import com.kamsuite.events.opportunity.OpportunityConfirmed;
import com.kamsuite.events.opportunity.OpportunityCreated;
import com.kamsuite.events.opportunity.OpportunityLost;
import com.kamsuite.events.opportunity.OpportunityOwnerChanged;
import com.kamsuite.events.opportunity.OpportunityRevised;
import com.kamsuite.events.opportunity.OpportunityStageChanged;
import com.kamsuite.events.opportunity.OpportunityWon;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A possible sale to one customer, owned by one division, moving through the eight-stage funnel (O1–O4, O8).
 * Every change keeps its history inside the aggregate (revisions, stage moves, assessments, owner changes) and
 * records the event other services build on: forecast-service follows confirmed opportunities from these events alone.
 */
public class Opportunity extends AggregateRoot {

    private String id;
    private String divisionId;
    private String customerId;
    private String name;
    private Money amount;
    private LocalDate expectedCloseDate;
    private OpportunitySource source;
    private List<ProductLine> products = new ArrayList<>();
    private String ownerId;
    private Stage stage;
    private BigDecimal probability;
    private LocalDate closedOn;
    private boolean confirmed;
    private Instant confirmedAt;
    private String confirmedBy;
    private String createdBy;
    private Instant createdAt;
    private List<TeamMember> team = new ArrayList<>();
    private List<Contact> contacts = new ArrayList<>();
    private List<Revision> revisions = new ArrayList<>();
    private List<StageMove> stageMoves = new ArrayList<>();
    private List<ValueAssessment> assessments = new ArrayList<>();
    private List<OwnerChange> ownerChanges = new ArrayList<>();

    private Opportunity() {
    }

    public static Opportunity create(String id, String divisionId, String customerId, String name, Money amount,
                                     LocalDate expectedCloseDate, OpportunitySource source, List<ProductLine> products,
                                     String ownerId, FunnelRules rules, Instant now) {
        Opportunity opportunity = new Opportunity();
        opportunity.id = id;
        opportunity.divisionId = divisionId;
        opportunity.customerId = customerId;
        opportunity.setContent(name, amount, expectedCloseDate, source, products);
        opportunity.ownerId = ownerId;
        opportunity.stage = Stage.S01;
        opportunity.probability = rules.probabilityOf(Stage.S01);
        opportunity.createdBy = ownerId;
        opportunity.createdAt = now;
        opportunity.team.add(new TeamMember(ownerId, TeamRole.PRIMARY_OWNER, null));
        opportunity.revisions.add(opportunity.snapshot(1, now, ownerId, null));
        opportunity.stageMoves.add(new StageMove(null, Stage.S01, opportunity.probability, now, ownerId, null, null));
        opportunity.recordEvent(new OpportunityCreated(id, customerId, opportunity.name, amount.amount(), amount.currency(),
                expectedCloseDate, ownerId, Stage.S01.code()), divisionId);
        return opportunity;
    }

    // ---- O1: commercial content, revisions -------------------------------------------------------------------

    /**
     * Replaces the commercial content (name, amount, close date, source, products); the customer changes only when the
     * one it had was merged into a survivor. Keeps the new version in the history and announces it. An edit that
     * changes nothing records nothing. Returns whether anything changed.
     */
    public boolean revise(String resolvedCustomerId, String newName, Money newAmount, LocalDate newCloseDate,
                          OpportunitySource newSource, List<ProductLine> newProducts, String by, String reason, Instant now) {
        requireOpen();
        requireTeamMember(by);
        Revision before = snapshot(0, now, by, reason);
        String previousCustomer = customerId;
        customerId = resolvedCustomerId;
        setContent(newName, newAmount, newCloseDate, newSource, newProducts);
        if (Objects.equals(previousCustomer, customerId) && sameContent(before, snapshot(0, now, by, reason))) {
            return false;
        }
        recordRevision(by, reason, now);
        return true;
    }

    /** The customer was merged into a survivor (C2): the opportunity follows it, as a revision by {@code by}. */
    public boolean customerMerged(String survivorId, String by, Instant now) {
        if (survivorId.equals(customerId) || !stage.isOpen()) {
            return false;
        }
        customerId = survivorId;
        recordRevision(by, "customer merged into " + survivorId, now);
        return true;
    }

    /** Keeps the new version in the history and announces the whole new commercial content. */
    private void recordRevision(String by, String reason, Instant now) {
        revisions.add(snapshot(revisions.size() + 1, now, by, reason));
        recordEvent(new OpportunityRevised(id, customerId, name, amount.amount(), amount.currency(), expectedCloseDate,
                products.stream().map(ProductLine::toEvent).toList(), by), divisionId);
    }

    private void setContent(String newName, Money newAmount, LocalDate newCloseDate, OpportunitySource newSource,
                            List<ProductLine> newProducts) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (newAmount == null) {
            throw new IllegalArgumentException("an opportunity needs an amount");
        }
        name = newName.strip();
        amount = newAmount;
        expectedCloseDate = newCloseDate;
        source = newSource;
        products = new ArrayList<>(newProducts == null ? List.of() : newProducts);
    }

    private Revision snapshot(int number, Instant at, String by, String reason) {
        return new Revision(number, at, by, customerId, name, amount, expectedCloseDate, source, products, reason);
    }

    private static boolean sameContent(Revision a, Revision b) {
        return a.name().equals(b.name()) && a.amount().equals(b.amount())
                && Objects.equals(a.expectedCloseDate(), b.expectedCloseDate()) && a.source() == b.source()
                && a.products().equals(b.products());
    }

    // ---- O2: the funnel ---------------------------------------------------------------------------------------

    /**
     * Moves to another open stage. Moving back needs a reason; moving forward must pass the division's gates of every
     * stage reached or passed. The new probability is the division's probability of the new stage.
     */
    public void moveTo(Stage target, FunnelRules rules, String by, String reason, Instant now) {
        requireOpen();
        requireTeamMember(by);
        if (!target.isOpen()) {
            throw new IllegalArgumentException("stage 08 is reached by winning or losing");
        }
        if (target == stage) {
            throw new ConflictException("same-stage", "opportunity " + id + " is already in stage " + stage.code(), stage.code());
        }
        boolean back = target.number() < stage.number();
        if (back && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("reason-required", "moving back from " + stage.code() + " needs a reason",
                    stage.code(), target.code());
        }
        if (!back) {
            requireGates(target, rules);
        }
        Stage from = stage;
        stage = target;
        probability = rules.probabilityOf(target);
        stageMoves.add(new StageMove(from, target, probability, now, by, blankToNull(reason), null));
        recordEvent(new OpportunityStageChanged(id, customerId, ownerId, from.code(), target.code(), probability,
                amount.amount(), amount.currency(), by, blankToNull(reason)), divisionId);
    }

    /** Agreement on all terms: stage 08, won. The sales credit goes to the team's split, or to the owner alone. */
    public void win(FunnelRules rules, LocalDate wonOn, String by, Instant now) {
        requireOpen();
        requireTeamMember(by);
        requireGates(Stage.WON, rules);
        close(Stage.WON, wonOn, by, null, null, now);
        recordEvent(new OpportunityWon(id, customerId, amount.amount(), amount.currency(), wonOn, ownerId, credits()),
                divisionId);
    }

    /** The opportunity is lost: stage 08 at 0 %, with the reason and, where known, who won it. */
    public void lose(String reason, String winningCompetitor, LocalDate lostOn, String by, Instant now) {
        requireOpen();
        requireTeamMember(by);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("loss-reason-required", "closing as lost needs a reason");
        }
        close(Stage.LOST, lostOn, by, reason.strip(), blankToNull(winningCompetitor), now);
        recordEvent(new OpportunityLost(id, customerId, amount.amount(), amount.currency(), lostOn, ownerId, reason.strip(),
                blankToNull(winningCompetitor)), divisionId);
    }

    private void close(Stage outcome, LocalDate on, String by, String reason, String competitor, Instant now) {
        Stage from = stage;
        stage = outcome;
        probability = outcome == Stage.WON ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
        closedOn = on;
        stageMoves.add(new StageMove(from, outcome, probability, now, by, reason, competitor));
    }

    private void requireGates(Stage target, FunnelRules rules) {
        for (StageGate gate : StageGate.values()) {
            if (rules.gates().contains(gate) && gate.guards(stage, target) && !gate.isMetBy(this)) {
                throw new RuleViolationException("stage-gate", "stage " + gate.stage().code() + " needs " + gate,
                        gate.stage().code(), gate.name()).with("gate", gate.name());
            }
        }
    }

    boolean hasDecisionMaker() {
        return contacts.stream().anyMatch(contact -> contact.buyingRole() == BuyingRole.DECISION_MAKER);
    }

    boolean hasValueAssessment() {
        return !assessments.isEmpty();
    }

    boolean hasProducts() {
        return !products.isEmpty();
    }

    // ---- contacts and O3 value assessment ---------------------------------------------------------------------

    public Contact addContact(String contactName, String title, BuyingRole role, String keyPersonId, String by) {
        requireOpen();
        requireTeamMember(by);
        Contact contact = new Contact("ct-" + (contacts.size() + 1), contactName, title, role, keyPersonId);
        contacts.add(contact);
        return contact;
    }

    public ValueAssessment assess(Map<AssessmentQuestion, Boolean> answers, String note, String by, Instant now) {
        requireOpen();
        requireTeamMember(by);
        ValueAssessment assessment = ValueAssessment.of(assessments.size() + 1, now, by, answers, note);
        assessments.add(assessment);
        return assessment;
    }

    // ---- O4: the sales team -----------------------------------------------------------------------------------

    /** The primary owner adds a member or changes a member's role; the primary owner role moves only by an owner change. */
    public void putMember(String personId, TeamRole role, String by) {
        requireOpen();
        requireOwner(by);
        if (role == TeamRole.PRIMARY_OWNER || personId.equals(ownerId)) {
            throw new RuleViolationException("owner-by-owner-change", "the primary owner changes only by an owner change");
        }
        Optional<TeamMember> existing = member(personId);
        if (existing.isPresent()) {
            team.set(team.indexOf(existing.get()), existing.get().withRole(role));
        } else {
            team.add(new TeamMember(personId, role, null));
        }
    }

    public void removeMember(String personId, String by) {
        requireOpen();
        requireOwner(by);
        if (personId.equals(ownerId)) {
            throw new RuleViolationException("owner-by-owner-change", "the primary owner changes only by an owner change");
        }
        TeamMember member = member(personId).orElseThrow(() -> new RuleViolationException("not-a-member",
                personId + " is not on the sales team", personId));
        if (member.creditPercent() != null) {
            throw new ConflictException("member-holds-credit", personId + " holds a share of the credit", personId);
        }
        team.remove(member);
    }

    /** The primary owner splits the sales credit among team members: every share above 0, together exactly 100. */
    public void splitCredit(Map<String, BigDecimal> shares, String by) {
        requireOpen();
        requireOwner(by);
        new CreditSplitPolicy().check(shares, team.stream().map(TeamMember::personId).toList());
        team.replaceAll(member -> member.withCredit(shares.get(member.personId())));
    }

    /**
     * Hands the opportunity to a new primary owner (the caller checked the authority: the owner's superior). The
     * previous owner stays on the team as an account manager; their share of the credit follows the new owner, as the
     * forecast line does.
     */
    public void changeOwner(String newOwnerId, String by, String reason, Instant now) {
        requireOpen();
        if (newOwnerId.equals(ownerId)) {
            throw new ConflictException("same-owner", newOwnerId + " already owns opportunity " + id, newOwnerId);
        }
        String previous = ownerId;
        TeamMember previousOwner = member(previous).orElseThrow();
        BigDecimal handedOver = previousOwner.creditPercent();
        team.set(team.indexOf(previousOwner), new TeamMember(previous, TeamRole.ACCOUNT_MANAGER, null));
        Optional<TeamMember> joining = member(newOwnerId);
        BigDecimal kept = joining.map(TeamMember::creditPercent).orElse(null);
        BigDecimal credit = handedOver == null ? kept : kept == null ? handedOver : kept.add(handedOver);
        TeamMember newOwner = new TeamMember(newOwnerId, TeamRole.PRIMARY_OWNER, credit);
        if (joining.isPresent()) {
            team.set(team.indexOf(joining.get()), newOwner);
        } else {
            team.add(newOwner);
        }
        ownerId = newOwnerId;
        ownerChanges.add(new OwnerChange(previous, newOwnerId, now, by, blankToNull(reason)));
        recordEvent(new OpportunityOwnerChanged(id, customerId, previous, newOwnerId, by), divisionId);
    }

    /** The credit split of a win: the team's shares, or the primary owner alone when nobody shares. */
    public List<OpportunityWon.Credit> credits() {
        List<OpportunityWon.Credit> credits = team.stream().filter(member -> member.creditPercent() != null)
                .map(member -> new OpportunityWon.Credit(member.personId(), member.creditPercent())).toList();
        return credits.isEmpty() ? List.of(new OpportunityWon.Credit(ownerId, BigDecimal.valueOf(100))) : credits;
    }

    // ---- O8: confirmation -------------------------------------------------------------------------------------

    /** The primary owner confirms the opportunity as forecastable: from now on it is a line of their forecast. */
    public void confirm(String by, Instant now) {
        requireOpen();
        requireOwner(by);
        if (confirmed) {
            throw new ConflictException("already-confirmed", "opportunity " + id + " is already confirmed", id);
        }
        if (expectedCloseDate == null) {
            throw new RuleViolationException("close-date-required", "a forecastable opportunity needs an expected close date");
        }
        confirmed = true;
        confirmedAt = now;
        confirmedBy = by;
        recordEvent(new OpportunityConfirmed(id, customerId, name, ownerId, stage.code(), probability, amount.amount(),
                amount.currency(), expectedCloseDate, products.stream().map(ProductLine::toEvent).toList(), by), divisionId);
    }

    // ---- rules shared by the transitions ----------------------------------------------------------------------

    private void requireOpen() {
        if (!stage.isOpen()) {
            throw new ConflictException("opportunity-closed", "opportunity " + id + " is closed (" + stage + ")", id);
        }
    }

    /** Only the sales team works an opportunity. */
    public void requireTeamMember(String personId) {
        if (member(personId).isEmpty()) {
            throw new ForbiddenException("not-on-team", personId + " is not on the sales team of " + id, id);
        }
    }

    private void requireOwner(String personId) {
        if (!ownerId.equals(personId)) {
            throw new ForbiddenException("not-primary-owner", personId + " is not the primary owner of " + id, id);
        }
    }

    private Optional<TeamMember> member(String personId) {
        return team.stream().filter(member -> member.personId().equals(personId)).findFirst();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    public String customerId() {
        return customerId;
    }

    public String name() {
        return name;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate expectedCloseDate() {
        return expectedCloseDate;
    }

    public OpportunitySource source() {
        return source;
    }

    public List<ProductLine> products() {
        return List.copyOf(products);
    }

    public String ownerId() {
        return ownerId;
    }

    public Stage stage() {
        return stage;
    }

    public BigDecimal probability() {
        return probability;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public boolean confirmed() {
        return confirmed;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<TeamMember> team() {
        return List.copyOf(team);
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    public List<StageMove> stageMoves() {
        return List.copyOf(stageMoves);
    }

    public List<ValueAssessment> assessments() {
        return List.copyOf(assessments);
    }

    public Optional<ValueAssessment> latestAssessment() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }

    public List<OwnerChange> ownerChanges() {
        return List.copyOf(ownerChanges);
    }
}
