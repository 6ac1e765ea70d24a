package com.kamsuite.teamincentive.bonus.domain;

import com.kamsuite.events.incentive.BonusPlanApproved;
import com.kamsuite.events.incentive.BonusPlanPublished;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.teamincentive.shared.domain.AuditEntry;
import com.kamsuite.teamincentive.shared.domain.Period;
import com.kamsuite.teamincentive.shared.domain.States;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A version of a bonus plan: its rules and participants, effective for payout periods from {@code effectiveFrom} on
 * (until a later approved version of the same {@code planKey} takes over). It is designed as a draft, submitted with
 * its expected-cost analysis, approved by finance and published to its participants. Changing an approved plan means
 * a new version with a later effective date: a version never changes once approved, so paid periods keep the rules
 * they were paid by.
 */
public class BonusPlan extends AggregateRoot {

    private String id;
    private String divisionId;
    private String planKey;
    private int planVersion;
    private String previousVersionId;
    private String name;
    private LocalDate effectiveFrom;
    private PlanRules rules;
    private List<String> participantIds = new ArrayList<>();
    private BonusPlanStatus status;
    private CostAnalysis costAnalysis;
    private String approvedBy;
    private List<AuditEntry> history = new ArrayList<>();

    private BonusPlan() {
    }

    public static BonusPlan draft(String id, String divisionId, String name, LocalDate effectiveFrom, PlanRules rules,
                                  List<String> participantIds, String by, Instant now) {
        BonusPlan plan = new BonusPlan();
        plan.id = id;
        plan.divisionId = divisionId;
        plan.planKey = id;
        plan.planVersion = 1;
        plan.status = BonusPlanStatus.DRAFT;
        plan.history.add(new AuditEntry(now, by, "drafted", null));
        plan.design(name, effectiveFrom, rules, participantIds);
        return plan;
    }

    /** The next version, as a draft with the same design and a new effective date; this version stays as it is. */
    public BonusPlan revise(String newId, int newVersion, LocalDate newEffectiveFrom, String by, Instant now) {
        States.require("bonus plan", id, status, BonusPlanStatus.APPROVED, BonusPlanStatus.PUBLISHED);
        if (!newEffectiveFrom.isAfter(effectiveFrom)) {
            throw new RuleViolationException("effective-date-not-later", "a new version starts after " + effectiveFrom,
                    effectiveFrom.toString());
        }
        BonusPlan next = draft(newId, divisionId, name, newEffectiveFrom, rules, participantIds, by, now);
        next.planKey = planKey;
        next.planVersion = newVersion;
        next.previousVersionId = id;
        next.history.add(new AuditEntry(now, by, "revised from", id));
        return next;
    }

    public void redesign(String newName, PlanRules newRules, List<String> newParticipants, String by, Instant now) {
        States.require("bonus plan", id, status, BonusPlanStatus.DRAFT);
        design(newName, effectiveFrom, newRules, newParticipants);
        history.add(new AuditEntry(now, by, "redesigned", null));
    }

    /** Goes to finance together with the expected cost the submitter saw. */
    public void submit(CostAnalysis analysis, String by, Instant now) {
        States.require("bonus plan", id, status, BonusPlanStatus.DRAFT);
        if (participantIds.isEmpty()) {
            throw new RuleViolationException("no-participants", "a bonus plan needs participants");
        }
        costAnalysis = analysis;
        status = BonusPlanStatus.SUBMITTED;
        history.add(new AuditEntry(now, by, "submitted", null));
    }

    public void approve(String by, Instant now) {
        States.require("bonus plan", id, status, BonusPlanStatus.SUBMITTED);
        status = BonusPlanStatus.APPROVED;
        approvedBy = by;
        history.add(new AuditEntry(now, by, "approved", null));
        recordEvent(new BonusPlanApproved(id, planKey, planVersion, divisionId, name, effectiveFrom, rules.periodicity().name(),
                rules.currency(), by, List.copyOf(participantIds)), divisionId);
    }

    public void returnForChanges(String reason, String by, Instant now) {
        States.require("bonus plan", id, status, BonusPlanStatus.SUBMITTED);
        status = BonusPlanStatus.DRAFT;
        history.add(new AuditEntry(now, by, "returned", reason));
    }

    public void publish(String by, Instant now) {
        States.require("bonus plan", id, status, BonusPlanStatus.APPROVED);
        status = BonusPlanStatus.PUBLISHED;
        history.add(new AuditEntry(now, by, "published", participantIds.size() + " participants"));
        recordEvent(new BonusPlanPublished(id, planKey, planVersion, divisionId, name, effectiveFrom, by,
                List.copyOf(participantIds)), divisionId);
    }

    public boolean appliesTo(Period period) {
        return status.isApproved() && !effectiveFrom.isAfter(period.start());
    }

    public Period firstPeriod() {
        return Period.containing(effectiveFrom, rules.periodicity() == Periodicity.QUARTERLY);
    }

    /** The periods of this plan are months or quarters, as its periodicity says. */
    public void requirePeriodOfPlan(Period period) {
        if (period.isQuarter() != (rules.periodicity() == Periodicity.QUARTERLY)) {
            throw new RuleViolationException("wrong-period", "plan " + id + " pays " + rules.periodicity(), period.code(),
                    rules.periodicity().name());
        }
    }

    private void design(String newName, LocalDate from, PlanRules newRules, List<String> participants) {
        if (newName == null || newName.isBlank() || from == null || newRules == null) {
            throw new IllegalArgumentException("a bonus plan needs a name, an effective date and rules");
        }
        if (!Period.containing(from, newRules.periodicity() == Periodicity.QUARTERLY).start().equals(from)) {
            throw new IllegalArgumentException("a plan takes effect on the first day of a payout period: " + from);
        }
        name = newName.strip();
        effectiveFrom = from;
        rules = newRules;
        participantIds = new ArrayList<>(new LinkedHashSet<>(participants == null ? List.of() : participants));
    }

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    public String planKey() {
        return planKey;
    }

    public int planVersion() {
        return planVersion;
    }

    public String previousVersionId() {
        return previousVersionId;
    }

    public String name() {
        return name;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public PlanRules rules() {
        return rules;
    }

    public List<String> participantIds() {
        return List.copyOf(participantIds);
    }

    public BonusPlanStatus status() {
        return status;
    }

    public CostAnalysis costAnalysis() {
        return costAnalysis;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public List<AuditEntry> history() {
        return List.copyOf(history);
    }
}
