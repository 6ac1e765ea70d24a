package com.kamsuite.teamincentive.bonus.application;

import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.teamincentive.bonus.domain.BonusPlan;
import com.kamsuite.teamincentive.bonus.domain.BonusPlanStatus;
import com.kamsuite.teamincentive.bonus.domain.CostAnalysis;
import com.kamsuite.teamincentive.bonus.domain.PayoutStatus;
import com.kamsuite.teamincentive.bonus.domain.PlanRules;
import com.kamsuite.teamincentive.bonus.domain.Periodicity;
import com.kamsuite.teamincentive.bonus.persistence.BonusPlanRepository;
import com.kamsuite.teamincentive.bonus.persistence.PayoutRunRepository;
import com.kamsuite.teamincentive.org.application.Organisation;
import com.kamsuite.teamincentive.org.domain.Hierarchy;
import com.kamsuite.teamincentive.quota.application.QuotaPlanning;
import com.kamsuite.teamincentive.quota.domain.QuotaPlan;
import com.kamsuite.teamincentive.sales.persistence.SalesLedger;
import com.kamsuite.teamincentive.shared.domain.Period;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** T4: bonus plan design, expected-cost analysis, approval by finance, publication, versioned modification. */
@Service
public class BonusPlans {

    private final BonusPlanRepository plans;
    private final PayoutRunRepository runs;
    private final Organisation organisation;
    private final QuotaPlanning quotas;
    private final SalesLedger ledger;
    private final Clock clock;

    public BonusPlans(BonusPlanRepository plans, PayoutRunRepository runs, Organisation organisation, QuotaPlanning quotas,
                      SalesLedger ledger, Clock clock) {
        this.plans = plans;
        this.runs = runs;
        this.organisation = organisation;
        this.quotas = quotas;
        this.ledger = ledger;
        this.clock = clock;
    }

    public BonusPlan create(String name, LocalDate effectiveFrom, PlanRules rules, List<String> participants, CurrentUser user) {
        requirePeople(participants, effectiveFrom, user);
        return plans.save(BonusPlan.draft("bp-" + UUID.randomUUID(), user.divisionId(), name, effectiveFrom, rules, participants,
                user.personId(), clock.instant()));
    }

    public BonusPlan redesign(String planId, String name, PlanRules rules, List<String> participants, CurrentUser user) {
        return change(planId, user, plan -> {
            requirePeople(participants, plan.effectiveFrom(), user);
            plan.redesign(name, rules, participants, user.personId(), clock.instant());
        });
    }

    /** The expected cost of the plan for a period (default: its first period, or the current one once it runs). */
    public CostAnalysis analyse(String planId, String periodCode, List<BigDecimal> scenarios, CurrentUser user) {
        return analyse(plan(planId, user), periodCode, scenarios);
    }

    public BonusPlan submit(String planId, CurrentUser user) {
        return change(planId, user, plan -> plan.submit(analyse(plan, null, null), user.personId(), clock.instant()));
    }

    public BonusPlan approve(String planId, CurrentUser user) {
        return change(planId, user, plan -> plan.approve(user.personId(), clock.instant()));
    }

    public BonusPlan returnForChanges(String planId, String reason, CurrentUser user) {
        return change(planId, user, plan -> plan.returnForChanges(reason, user.personId(), clock.instant()));
    }

    public BonusPlan publish(String planId, CurrentUser user) {
        return change(planId, user, plan -> plan.publish(user.personId(), clock.instant()));
    }

    /**
     * A new version taking effect from a date; refused (422) if that date falls in or before a period already paid,
     * which would rewrite it.
     */
    public BonusPlan revise(String planId, LocalDate effectiveFrom, CurrentUser user) {
        BonusPlan source = plan(planId, user);
        runs.ofPlan(user.divisionId(), source.planKey()).stream().filter(run -> run.status() == PayoutStatus.APPROVED)
                .map(run -> run.period().end()).max(Comparator.naturalOrder())
                .filter(lastPaid -> !effectiveFrom.isAfter(lastPaid))
                .ifPresent(lastPaid -> {
                    throw new RuleViolationException("effective-in-paid-period",
                            "periods up to " + lastPaid + " are paid; a new version starts after that", lastPaid.toString());
                });
        int version = plans.versions(user.divisionId(), source.planKey()).stream().mapToInt(BonusPlan::planVersion).max().orElse(0) + 1;
        try {
            return plans.save(source.revise("bp-" + UUID.randomUUID(), version, effectiveFrom, user.personId(), clock.instant()));
        } catch (DuplicateKeyException concurrentRevision) {
            throw new ConflictException("concurrent-update", "another version was created meanwhile", planId);
        }
    }

    public BonusPlan plan(String planId, CurrentUser user) {
        return plans.find(user.divisionId(), planId).orElseThrow(() -> new NotFoundException("bonus-plan", planId));
    }

    public List<BonusPlan> plans(CurrentUser user) {
        return plans.inDivision(user.divisionId());
    }

    /** The published plan versions the caller takes part in. */
    public List<BonusPlan> plansOf(CurrentUser user) {
        return plans.inDivision(user.divisionId()).stream()
                .filter(plan -> plan.status() == BonusPlanStatus.PUBLISHED && plan.participantIds().contains(user.personId()))
                .toList();
    }

    /** The approved version of a plan that applies to a period: the latest effective on or before its start. */
    public Optional<BonusPlan> versionFor(String divisionId, String planKey, Period period) {
        return plans.versions(divisionId, planKey).stream().filter(plan -> plan.appliesTo(period))
                .max(Comparator.comparing(BonusPlan::effectiveFrom).thenComparingInt(BonusPlan::planVersion));
    }

    private CostAnalysis analyse(BonusPlan plan, String periodCode, List<BigDecimal> scenarios) {
        boolean quarterly = plan.rules().periodicity() == Periodicity.QUARTERLY;
        Period period;
        if (periodCode != null) {
            period = new Period(periodCode);
            plan.requirePeriodOfPlan(period);
        } else {
            Period current = Period.containing(LocalDate.now(clock), quarterly);
            period = current.compareTo(plan.firstPeriod()) > 0 ? current : plan.firstPeriod();
        }
        String division = plan.divisionId();
        List<QuotaPlan> inForce = quotas.inForce(division);
        Map<String, BigDecimal> personQuotas = new HashMap<>();
        for (String person : plan.participantIds()) {
            quotas.quotaOf(division, person, period.months(), inForce).ifPresent(q -> personQuotas.put(person, q));
        }
        return CostAnalysis.of(plan.rules(), period, plan.participantIds(), personQuotas,
                ledger.creditsWonBetween(division, period.start(), period.end()), ledger.openPipeline(division),
                scenarios == null || scenarios.isEmpty() ? CostAnalysis.DEFAULT_SCENARIOS : scenarios);
    }

    private void requirePeople(List<String> participants, LocalDate on, CurrentUser user) {
        Hierarchy hierarchy = organisation.hierarchy(user.divisionId());
        for (String person : participants == null ? List.<String>of() : participants) {
            if (hierarchy.lineOn(person, on).isEmpty()) {
                throw new RuleViolationException("unknown-person", "no person " + person + " on " + on, person, on.toString());
            }
        }
    }

    private BonusPlan change(String planId, CurrentUser user, Consumer<BonusPlan> change) {
        BonusPlan plan = plan(planId, user);
        change.accept(plan);
        return plans.save(plan);
    }
}
