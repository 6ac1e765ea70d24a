package com.kamsuite.teamincentive.territory.application;

import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.teamincentive.org.application.Organisation;
import com.kamsuite.teamincentive.org.domain.SalesRole;
import com.kamsuite.teamincentive.territory.domain.AssignmentRule;
import com.kamsuite.teamincentive.territory.domain.AssignmentRules;
import com.kamsuite.teamincentive.territory.domain.CustomerSize;
import com.kamsuite.teamincentive.territory.domain.PlanStatus;
import com.kamsuite.teamincentive.territory.domain.Redeployment;
import com.kamsuite.teamincentive.territory.domain.Territory;
import com.kamsuite.teamincentive.territory.domain.TerritoryPlan;
import com.kamsuite.teamincentive.territory.persistence.TerritoryPlanRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** T2: territory plans, assignment rules, their approval and publication, the assignment preview, redeployment. */
@Service
public class TerritoryPlanning {

    private final TerritoryPlanRepository plans;
    private final Organisation organisation;
    private final Clock clock;

    public TerritoryPlanning(TerritoryPlanRepository plans, Organisation organisation, Clock clock) {
        this.plans = plans;
        this.organisation = organisation;
        this.clock = clock;
    }

    public record NewRule(int priority, String region, String industry, CustomerSize size, String accountManagerId,
                          String territoryId) {
    }

    /** Who would get a customer, by which rule, and which other rules matched (in order). */
    public record Preview(TerritoryPlan plan, AssignmentRule winner, List<AssignmentRule> candidates) {
    }

    /** Where a person was deployed in each approved plan version, and the redeployments that moved them. */
    public record DeploymentHistory(String personId, List<Deployment> deployments, List<Redeployment> redeployments) {
    }

    public record Deployment(String planId, int version, LocalDate effectiveFrom, List<String> territoryIds) {
    }

    public TerritoryPlan create(String name, LocalDate effectiveFrom, CurrentUser user) {
        String id = "tp-" + UUID.randomUUID();
        return saveNew(TerritoryPlan.draft(id, user.divisionId(), plans.nextVersion(user.divisionId()), name, effectiveFrom,
                user.personId(), clock.instant()));
    }

    public TerritoryPlan revise(String planId, LocalDate effectiveFrom, CurrentUser user) {
        TerritoryPlan source = plan(planId, user);
        return saveNew(source.revise("tp-" + UUID.randomUUID(), plans.nextVersion(user.divisionId()),
                effectiveFrom == null ? source.effectiveFrom() : effectiveFrom, user.personId(), clock.instant()));
    }

    public TerritoryPlan defineTerritory(String planId, Territory territory, CurrentUser user) {
        return change(planId, user, plan -> {
            requireRegion(user, territory.region());
            territory.accountManagerIds().forEach(am -> requireAccountManager(user, am, plan.effectiveFrom()));
            plan.defineTerritory(territory, user.personId(), clock.instant());
        });
    }

    public AssignmentRule addRule(String planId, NewRule rule, CurrentUser user) {
        List<AssignmentRule> added = new ArrayList<>();
        change(planId, user, plan -> {
            requireRegion(user, rule.region());
            requireAccountManager(user, rule.accountManagerId(), plan.effectiveFrom());
            added.add(plan.addRule(rule.priority(), rule.region(), rule.industry(), rule.size(), rule.accountManagerId(),
                    rule.territoryId(), user.personId(), clock.instant()));
        });
        return added.get(0);
    }

    public TerritoryPlan removeRule(String planId, String ruleId, CurrentUser user) {
        return change(planId, user, plan -> plan.removeRule(ruleId, user.personId(), clock.instant()));
    }

    public TerritoryPlan submitRegionalPlan(String planId, String region, CurrentUser user) {
        return change(planId, user, plan -> plan.submitRegionalPlan(region, user.personId(), clock.instant()));
    }

    public TerritoryPlan approveRegionalPlan(String planId, String region, CurrentUser user) {
        return change(planId, user, plan -> plan.approveRegionalPlan(region, user.personId(), clock.instant()));
    }

    public TerritoryPlan returnRegionalPlan(String planId, String region, String reason, CurrentUser user) {
        return change(planId, user, plan -> plan.returnRegionalPlan(region, reason, user.personId(), clock.instant()));
    }

    public TerritoryPlan submit(String planId, CurrentUser user) {
        return change(planId, user, plan -> plan.submit(user.personId(), clock.instant()));
    }

    /** Approves and publishes; a plan older than the one in force would undo it, so it is refused. */
    public TerritoryPlan approve(String planId, CurrentUser user) {
        return change(planId, user, plan -> {
            plans.current(user.divisionId()).filter(current -> current.planVersion() > plan.planVersion()).ifPresent(current -> {
                throw new ConflictException("plan-outdated", "version " + current.planVersion() + " is in force already",
                        plan.planVersion(), current.planVersion());
            });
            plan.approve(user.personId(), clock.instant());
        });
    }

    public TerritoryPlan returnForChanges(String planId, String reason, CurrentUser user) {
        return change(planId, user, plan -> plan.returnForChanges(reason, user.personId(), clock.instant()));
    }

    public TerritoryPlan redeploy(String planId, String personId, String toTerritoryId, String successorId, String reason,
                                  CurrentUser user) {
        return change(planId, user, plan -> {
            requireAccountManager(user, personId, plan.effectiveFrom());
            if (successorId != null) {
                requireAccountManager(user, successorId, plan.effectiveFrom());
            }
            plan.redeploy(personId, toTerritoryId, successorId, reason, user.personId(), clock.instant());
        });
    }

    public Preview preview(String planId, String region, String industry, CustomerSize size, CurrentUser user) {
        TerritoryPlan plan = planId == null
                ? plans.current(user.divisionId()).orElseThrow(() -> new NotFoundException("territory-plan", "current"))
                : plan(planId, user);
        List<AssignmentRule> candidates = new AssignmentRules(plan.allRules()).candidates(region, industry, size);
        return new Preview(plan, candidates.isEmpty() ? null : candidates.get(0), candidates);
    }

    public DeploymentHistory history(String personId, CurrentUser user) {
        organisation.person(personId, user);
        List<TerritoryPlan> approved = plans.inDivision(user.divisionId()).stream()
                .filter(plan -> plan.status() == PlanStatus.APPROVED).toList();
        return new DeploymentHistory(personId,
                approved.stream().map(plan -> new Deployment(plan.id(), plan.planVersion(), plan.effectiveFrom(),
                        plan.territories().stream().filter(t -> t.accountManagerIds().contains(personId))
                                .map(Territory::territoryId).toList())).toList(),
                approved.stream().flatMap(plan -> plan.redeployments().stream())
                        .filter(r -> personId.equals(r.personId()) || personId.equals(r.successorId())).toList());
    }

    public TerritoryPlan plan(String planId, CurrentUser user) {
        return plans.find(user.divisionId(), planId).orElseThrow(() -> new NotFoundException("territory-plan", planId));
    }

    public List<TerritoryPlan> plans(CurrentUser user) {
        return plans.inDivision(user.divisionId());
    }

    public java.util.Optional<TerritoryPlan> current(String divisionId) {
        return plans.current(divisionId);
    }

    private TerritoryPlan change(String planId, CurrentUser user, Consumer<TerritoryPlan> change) {
        TerritoryPlan plan = plan(planId, user);
        change.accept(plan);
        return plans.save(plan);
    }

    private TerritoryPlan saveNew(TerritoryPlan plan) {
        try {
            return plans.save(plan);
        } catch (DuplicateKeyException concurrentRevision) {
            throw new ConflictException("concurrent-update", "another version " + plan.planVersion() + " was created meanwhile",
                    plan.id());
        }
    }

    private void requireRegion(CurrentUser user, String region) {
        if (region != null && !region.isBlank() && !organisation.regionCodes(user.divisionId()).contains(region)) {
            throw new RuleViolationException("unknown-region", "no region " + region + " in the organisation", region);
        }
    }

    private void requireAccountManager(CurrentUser user, String personId, LocalDate on) {
        if (!organisation.holdsRole(user.divisionId(), personId, SalesRole.ACCOUNT_MANAGER, on)) {
            throw new RuleViolationException("not-an-account-manager", personId + " is no account manager on " + on,
                    personId, on.toString());
        }
    }
}
