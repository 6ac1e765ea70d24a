package com.kamsuite.teamincentive.territory.domain;

import com.kamsuite.events.org.AssignmentRulesPublished;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.teamincentive.shared.domain.AuditEntry;
import com.kamsuite.teamincentive.shared.domain.States;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A version of a division's territory plan: the overall plan (territories, the deployment of account managers and
 * division-wide rules) and one regional plan per region (that region's rules). Regional plans are approved by the
 * region's sales director or the division head; the overall plan can be submitted once they all are, and its approval
 * publishes the whole rule set. A later version (a revision, e.g. to redeploy people) is a new plan, so every
 * deployment that ever applied stays readable. The plan id is the rule set id of the published event.
 */
public class TerritoryPlan extends AggregateRoot {

    private String id;
    private String divisionId;
    private int planVersion;
    private String name;
    private LocalDate effectiveFrom;
    private String previousPlanId;
    private PlanStatus status;
    private List<Territory> territories = new ArrayList<>();
    private List<AssignmentRule> rules = new ArrayList<>();
    private List<RegionalPlan> regionalPlans = new ArrayList<>();
    private List<Redeployment> redeployments = new ArrayList<>();
    private List<AuditEntry> history = new ArrayList<>();
    private int ruleSequence;

    private TerritoryPlan() {
    }

    public static TerritoryPlan draft(String id, String divisionId, int version, String name, LocalDate effectiveFrom,
                                      String by, Instant now) {
        if (name == null || name.isBlank() || effectiveFrom == null) {
            throw new IllegalArgumentException("a territory plan needs a name and an effective date");
        }
        TerritoryPlan plan = new TerritoryPlan();
        plan.id = id;
        plan.divisionId = divisionId;
        plan.planVersion = version;
        plan.name = name.strip();
        plan.effectiveFrom = effectiveFrom;
        plan.status = PlanStatus.DRAFT;
        plan.history.add(new AuditEntry(now, by, "drafted", "version " + version));
        return plan;
    }

    /** A new draft version starting from this one: same territories, rules and regional plans (back in draft). */
    public TerritoryPlan revise(String newId, int newVersion, LocalDate newEffectiveFrom, String by, Instant now) {
        TerritoryPlan next = draft(newId, divisionId, newVersion, name, newEffectiveFrom, by, now);
        next.previousPlanId = id;
        next.territories = new ArrayList<>(territories);
        next.rules = new ArrayList<>(rules);
        next.regionalPlans = new ArrayList<>(regionalPlans.stream()
                .map(plan -> plan.with(PlanStatus.DRAFT, plan.rules(), null, null)).toList());
        next.ruleSequence = ruleSequence;
        next.history.add(new AuditEntry(now, by, "revised from", id));
        return next;
    }

    public void defineTerritory(Territory territory, String by, Instant now) {
        requireDraft();
        territories.removeIf(existing -> existing.territoryId().equals(territory.territoryId()));
        territories.add(territory);
        history.add(new AuditEntry(now, by, "territory defined", territory.territoryId()));
    }

    /** Adds a rule to the overall plan (region null) or to the draft regional plan of its region. */
    public AssignmentRule addRule(int priority, String region, String industry, CustomerSize size, String accountManagerId,
                                  String territoryId, String by, Instant now) {
        if (territoryId != null) {
            territory(territoryId);
        }
        AssignmentRule rule = new AssignmentRule(nextRuleId(), priority, region, industry, size, accountManagerId, territoryId);
        if (rule.region() == null) {
            requireDraft();
            rules.add(rule);
        } else {
            RegionalPlan regional = regionalPlan(rule.region()).orElseGet(() -> openRegionalPlan(rule.region()));
            States.require("regional plan", rule.region(), regional.status(), PlanStatus.DRAFT);
            List<AssignmentRule> regionalRules = new ArrayList<>(regional.rules());
            regionalRules.add(rule);
            replace(regional.with(PlanStatus.DRAFT, regionalRules, null, null));
        }
        history.add(new AuditEntry(now, by, "rule added", rule.ruleId()));
        return rule;
    }

    public void removeRule(String ruleId, String by, Instant now) {
        if (rules.stream().anyMatch(rule -> rule.ruleId().equals(ruleId))) {
            requireDraft();
            rules.removeIf(rule -> rule.ruleId().equals(ruleId));
        } else {
            RegionalPlan regional = regionalPlans.stream()
                    .filter(plan -> plan.rules().stream().anyMatch(rule -> rule.ruleId().equals(ruleId)))
                    .findFirst().orElseThrow(() -> new NotFoundException("rule", ruleId));
            States.require("regional plan", regional.region(), regional.status(), PlanStatus.DRAFT);
            replace(regional.with(PlanStatus.DRAFT,
                    regional.rules().stream().filter(rule -> !rule.ruleId().equals(ruleId)).toList(), null, null));
        }
        history.add(new AuditEntry(now, by, "rule removed", ruleId));
    }

    public void submitRegionalPlan(String region, String by, Instant now) {
        requireDraft();
        RegionalPlan regional = existingRegionalPlan(region);
        States.require("regional plan", region, regional.status(), PlanStatus.DRAFT);
        replace(regional.with(PlanStatus.SUBMITTED, regional.rules(), null, null));
        history.add(new AuditEntry(now, by, "regional plan submitted", region));
    }

    public void approveRegionalPlan(String region, String by, Instant now) {
        RegionalPlan regional = existingRegionalPlan(region);
        States.require("regional plan", region, regional.status(), PlanStatus.SUBMITTED);
        replace(regional.with(PlanStatus.APPROVED, regional.rules(), by, null));
        history.add(new AuditEntry(now, by, "regional plan approved", region));
    }

    public void returnRegionalPlan(String region, String reason, String by, Instant now) {
        RegionalPlan regional = existingRegionalPlan(region);
        States.require("regional plan", region, regional.status(), PlanStatus.SUBMITTED);
        replace(regional.with(PlanStatus.DRAFT, regional.rules(), null, reason));
        history.add(new AuditEntry(now, by, "regional plan returned", region + ": " + reason));
    }

    /** The overall plan goes for approval once every regional plan is approved and there is at least one rule. */
    public void submit(String by, Instant now) {
        requireDraft();
        List<String> pending = regionalPlans.stream().filter(plan -> plan.status() != PlanStatus.APPROVED)
                .map(RegionalPlan::region).toList();
        if (!pending.isEmpty()) {
            throw new RuleViolationException("regional-plans-pending", "regional plans not approved: " + pending,
                    String.join(", ", pending));
        }
        if (allRules().isEmpty()) {
            throw new RuleViolationException("no-rules", "a territory plan without rules assigns nobody");
        }
        status = PlanStatus.SUBMITTED;
        history.add(new AuditEntry(now, by, "submitted", null));
    }

    /** Approval publishes the whole rule set (overall and regional rules) to customer-service. */
    public void approve(String by, Instant now) {
        States.require("territory plan", id, status, PlanStatus.SUBMITTED);
        status = PlanStatus.APPROVED;
        history.add(new AuditEntry(now, by, "approved and published", null));
        recordEvent(new AssignmentRulesPublished(divisionId, id, planVersion, allRules().stream()
                .sorted(AssignmentRules.PRECEDENCE)
                .map(rule -> new AssignmentRulesPublished.Rule(rule.ruleId(), rule.priority(), rule.region(), rule.industry(),
                        rule.size() == null ? null : rule.size().name(), rule.accountManagerId()))
                .toList()), divisionId);
    }

    public void returnForChanges(String reason, String by, Instant now) {
        States.require("territory plan", id, status, PlanStatus.SUBMITTED);
        status = PlanStatus.DRAFT;
        history.add(new AuditEntry(now, by, "returned", reason));
    }

    /**
     * Moves a person to another territory from this version on. The rules that assigned them customers outside the
     * new territory go to {@code successorId}, who must then be given if there are such rules.
     */
    public Redeployment redeploy(String personId, String toTerritoryId, String successorId, String reason, String by,
                                 Instant now) {
        requireDraft();
        territory(toTerritoryId);
        String from = territories.stream().filter(t -> t.accountManagerIds().contains(personId)).map(Territory::territoryId)
                .filter(t -> !t.equals(toTerritoryId)).findFirst().orElse(null);
        boolean handsOver = allRules().stream()
                .anyMatch(rule -> rule.accountManagerId().equals(personId) && !toTerritoryId.equals(rule.territoryId()));
        if (handsOver && (successorId == null || successorId.equals(personId))) {
            throw new RuleViolationException("successor-required", personId + " has rules outside " + toTerritoryId, personId);
        }
        territories = new ArrayList<>(territories.stream().map(t -> {
            List<String> members = new ArrayList<>(t.accountManagerIds());
            members.remove(personId);
            if (t.territoryId().equals(toTerritoryId)) {
                members.add(personId);
            }
            return t.withAccountManagers(members);
        }).toList());
        rules = new ArrayList<>(rules.stream().map(rule -> handOver(rule, personId, toTerritoryId, successorId)).toList());
        // A regional plan whose rules change this way needs approving again.
        regionalPlans = new ArrayList<>(regionalPlans.stream().map(plan -> {
            List<AssignmentRule> handedOver = plan.rules().stream()
                    .map(rule -> handOver(rule, personId, toTerritoryId, successorId)).toList();
            return handedOver.equals(plan.rules()) ? plan : plan.with(PlanStatus.DRAFT, handedOver, null, "redeployment");
        }).toList());
        Redeployment redeployment = new Redeployment(personId, from, toTerritoryId, handsOver ? successorId : null,
                effectiveFrom, reason);
        redeployments.add(redeployment);
        history.add(new AuditEntry(now, by, "redeployed", personId + " → " + toTerritoryId));
        return redeployment;
    }

    private static AssignmentRule handOver(AssignmentRule rule, String personId, String toTerritoryId, String successorId) {
        return rule.accountManagerId().equals(personId) && !toTerritoryId.equals(rule.territoryId())
                ? rule.assignedTo(successorId) : rule;
    }

    public List<AssignmentRule> allRules() {
        return Stream.concat(rules.stream(), regionalPlans.stream().flatMap(plan -> plan.rules().stream())).toList();
    }

    public Territory territory(String territoryId) {
        return territories.stream().filter(t -> t.territoryId().equals(territoryId)).findFirst()
                .orElseThrow(() -> new RuleViolationException("unknown-territory", "no territory " + territoryId, territoryId));
    }

    public Optional<RegionalPlan> regionalPlan(String region) {
        return regionalPlans.stream().filter(plan -> plan.region().equals(region)).findFirst();
    }

    private RegionalPlan existingRegionalPlan(String region) {
        return regionalPlan(region).orElseThrow(() -> new NotFoundException("regional-plan", region));
    }

    private RegionalPlan openRegionalPlan(String region) {
        requireDraft();
        RegionalPlan plan = new RegionalPlan(region, PlanStatus.DRAFT, List.of(), null, null);
        regionalPlans.add(plan);
        return plan;
    }

    private void replace(RegionalPlan plan) {
        regionalPlans.replaceAll(existing -> existing.region().equals(plan.region()) ? plan : existing);
    }

    private String nextRuleId() {
        return "r-%04d".formatted(++ruleSequence);
    }

    private void requireDraft() {
        States.require("territory plan", id, status, PlanStatus.DRAFT);
    }

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    /** The version number of the plan in its division (1, 2, …); not the storage version of the aggregate. */
    public int planVersion() {
        return planVersion;
    }

    public String name() {
        return name;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String previousPlanId() {
        return previousPlanId;
    }

    public PlanStatus status() {
        return status;
    }

    public List<Territory> territories() {
        return List.copyOf(territories);
    }

    public List<AssignmentRule> overallRules() {
        return List.copyOf(rules);
    }

    public List<RegionalPlan> regionalPlans() {
        return List.copyOf(regionalPlans);
    }

    public List<Redeployment> redeployments() {
        return List.copyOf(redeployments);
    }

    public List<AuditEntry> history() {
        return List.copyOf(history);
    }
}
