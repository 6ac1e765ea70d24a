package com.kamsuite.teamincentive.quota.application;

import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.teamincentive.org.application.Organisation;
import com.kamsuite.teamincentive.quota.domain.Allocation;
import com.kamsuite.teamincentive.quota.domain.MonthWeight;
import com.kamsuite.teamincentive.quota.domain.QuotaPlan;
import com.kamsuite.teamincentive.quota.domain.QuotaWorksheet;
import com.kamsuite.teamincentive.quota.domain.Seasonality;
import com.kamsuite.teamincentive.quota.persistence.QuotaPlanRepository;
import com.kamsuite.teamincentive.sales.application.CreditsFollowUp;
import com.kamsuite.teamincentive.sales.domain.Credit;
import com.kamsuite.teamincentive.sales.persistence.SalesLedger;
import com.kamsuite.teamincentive.territory.application.TerritoryPlanning;
import com.kamsuite.teamincentive.territory.domain.TerritoryPlan;
import com.kamsuite.teamincentive.org.domain.Hierarchy;
import com.kamsuite.teamincentive.org.domain.OrgUnit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** T3: the quota worksheet, quota plans and their top-down allocation, approval, revision, and live attainment. */
@Service
public class QuotaPlanning implements CreditsFollowUp {

    private final QuotaPlanRepository plans;
    private final SalesLedger ledger;
    private final Organisation organisation;
    private final TerritoryPlanning territories;
    private final Clock clock;

    public QuotaPlanning(QuotaPlanRepository plans, SalesLedger ledger, Organisation organisation,
                         TerritoryPlanning territories, Clock clock) {
        this.plans = plans;
        this.ledger = ledger;
        this.organisation = organisation;
        this.territories = territories;
        this.clock = clock;
    }

    public record NewPlan(String name, YearMonth from, YearMonth to, String currency, BigDecimal total,
                          BigDecimal growthPercent, List<BigDecimal> monthWeights) {
    }

    public QuotaWorksheet.Result worksheet(YearMonth from, YearMonth to, String currency, BigDecimal growthPercent,
                                           CurrentUser user) {
        if (to.isBefore(from) || from.plusYears(3).isBefore(to)) {
            throw new IllegalArgumentException("the months run from 'from' to 'to', at most three years");
        }
        List<Credit> history = ledger.creditsWonBetween(user.divisionId(), from.minusYears(1).atDay(1),
                to.minusYears(1).atEndOfMonth());
        return QuotaWorksheet.compute(from, to, currency, growthPercent == null ? BigDecimal.ZERO : growthPercent, history);
    }

    /**
     * Drafts a plan. Without a total, the worksheet's suggestion (history × growth) is taken; without month weights,
     * the history's seasonality.
     */
    public QuotaPlan create(NewPlan command, CurrentUser user) {
        QuotaWorksheet.Result worksheet = worksheet(command.from(), command.to(), command.currency(), command.growthPercent(), user);
        BigDecimal total = command.total() == null ? worksheet.suggestedTotal() : command.total();
        Seasonality seasonality = command.monthWeights() == null ? worksheet.seasonality()
                : weights(command.from(), command.to(), command.monthWeights());
        return plans.save(QuotaPlan.draft("qp-" + UUID.randomUUID(), user.divisionId(), command.name(), command.from(),
                command.to(), command.currency(), total, seasonality, worksheet.basis(), user.personId(), clock.instant()));
    }

    public QuotaPlan retarget(String planId, BigDecimal total, List<BigDecimal> monthWeights, CurrentUser user) {
        return change(planId, user, plan -> plan.retarget(total, monthWeights == null ? plan.seasonality()
                : weights(plan.from(), plan.to(), monthWeights), user.personId(), clock.instant()));
    }

    /** Replaces the allocation; 422 unless it adds up, names known territories, units and people of the division. */
    public QuotaPlan allocate(String planId, List<Allocation> allocations, CurrentUser user) {
        return change(planId, user, plan -> {
            requireKnownTargets(plan, allocations, user);
            plan.allocate(allocations, user.personId(), clock.instant());
        });
    }

    public QuotaPlan submit(String planId, CurrentUser user) {
        return change(planId, user, plan -> plan.submit(user.personId(), clock.instant()));
    }

    public QuotaPlan returnForChanges(String planId, String reason, CurrentUser user) {
        return change(planId, user, plan -> plan.returnForChanges(reason, user.personId(), clock.instant()));
    }

    /** Approves; an older version than the one in force would silently undo it, so that is refused (409). */
    public QuotaPlan approve(String planId, CurrentUser user) {
        return change(planId, user, plan -> {
            plans.inForce(user.divisionId()).stream()
                    .filter(p -> p.planKey().equals(plan.planKey()) && p.planVersion() > plan.planVersion()).findFirst()
                    .ifPresent(newer -> {
                        throw new ConflictException("plan-outdated", "version " + newer.planVersion() + " is in force already",
                                plan.planVersion(), newer.planVersion());
                    });
            plan.approve(creditsFor(plan), user.personId(), clock.instant());
        });
    }

    public QuotaPlan revise(String planId, CurrentUser user) {
        QuotaPlan source = plan(planId, user);
        QuotaPlan next = source.revise("qp-" + UUID.randomUUID(), plans.nextVersion(user.divisionId(), source.planKey()),
                user.personId(), clock.instant());
        try {
            return plans.save(next);
        } catch (DuplicateKeyException concurrentRevision) {
            throw new ConflictException("concurrent-update", "another revision was created meanwhile", planId);
        }
    }

    public QuotaPlan plan(String planId, CurrentUser user) {
        return plans.find(user.divisionId(), planId).orElseThrow(() -> new NotFoundException("quota-plan", planId));
    }

    public List<QuotaPlan> plans(CurrentUser user) {
        return plans.inDivision(user.divisionId());
    }

    public boolean inForce(QuotaPlan plan) {
        return plans.inForce(plan.divisionId()).stream().anyMatch(p -> p.id().equals(plan.id()));
    }

    /**
     * The quota of a person for the months of a period, from the plans in force (months no plan covers add nothing);
     * empty when no plan in force gives the person a quota for any of these months.
     */
    public Optional<BigDecimal> quotaOf(String divisionId, String personId, List<YearMonth> months, List<QuotaPlan> inForce) {
        BigDecimal sum = null;
        for (QuotaPlan plan : inForce) {
            BigDecimal part = plan.quotaOf(personId, months.stream()
                    .filter(m -> !m.isBefore(plan.from()) && !m.isAfter(plan.to())).toList());
            if (part != null) {
                sum = sum == null ? part : sum.add(part);
            }
        }
        return Optional.ofNullable(sum);
    }

    public List<QuotaPlan> inForce(String divisionId) {
        return plans.inForce(divisionId);
    }

    /**
     * An opportunity's credits changed (won, re-won or reversed): every plan in force that covers its won date
     * recomputes the attainment of the people concerned from their credits in the ledger (not the whole ledger), and
     * rolls it up. Safe to repeat: unchanged credits change nothing and announce nothing.
     */
    @Override
    public void creditsChanged(String divisionId, String opportunityId, LocalDate wonOn, Set<String> people) {
        for (QuotaPlan plan : plans.inForce(divisionId)) {
            if (plan.covers(wonOn)) {
                List<Credit> credits = ledger.creditsOfPeopleWonBetween(divisionId, people, plan.from().atDay(1),
                        plan.to().atEndOfMonth());
                if (plan.trackAttainment(people, credits, opportunityId)) {
                    plans.save(plan);
                }
            }
        }
    }

    private List<Credit> creditsFor(QuotaPlan plan) {
        return ledger.creditsWonBetween(plan.divisionId(), plan.from().atDay(1), plan.to().atEndOfMonth());
    }

    private void requireKnownTargets(QuotaPlan plan, List<Allocation> allocations, CurrentUser user) {
        Set<String> territoryIds = new HashSet<>();
        territories.current(user.divisionId()).map(TerritoryPlan::territories)
                .ifPresent(list -> list.forEach(t -> territoryIds.add(t.territoryId())));
        Set<String> unitIds = new HashSet<>();
        organisation.units(user).stream().map(OrgUnit::id).forEach(unitIds::add);
        LocalDate start = plan.from().atDay(1);
        Hierarchy hierarchy = organisation.hierarchy(user.divisionId());
        for (Allocation allocation : allocations) {
            boolean known = switch (allocation.kind()) {
                case DIVISION -> allocation.targetId().equals(user.divisionId());
                case TERRITORY -> territoryIds.contains(allocation.targetId());
                case TEAM -> unitIds.contains(allocation.targetId());
                case PERSON -> hierarchy.lineOn(allocation.targetId(), start).isPresent()
                        || hierarchy.lineOn(allocation.targetId(), plan.to().atEndOfMonth()).isPresent();
            };
            if (!known) {
                throw new RuleViolationException("unknown-target", "no " + allocation.kind() + " " + allocation.targetId(),
                        allocation.kind().name(), allocation.targetId());
            }
        }
    }

    private static Seasonality weights(YearMonth from, YearMonth to, List<BigDecimal> weights) {
        List<MonthWeight> months = Seasonality.flat(from, to).weights();
        if (weights.size() != months.size()) {
            throw new IllegalArgumentException("give one weight per month: " + months.size());
        }
        return new Seasonality(java.util.stream.IntStream.range(0, months.size())
                .mapToObj(i -> new MonthWeight(months.get(i).month(), weights.get(i))).toList());
    }

    private QuotaPlan change(String planId, CurrentUser user, Consumer<QuotaPlan> change) {
        QuotaPlan plan = plan(planId, user);
        change.accept(plan);
        return plans.save(plan);
    }
}
