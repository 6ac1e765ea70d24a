package com.kamsuite.teamincentive.bonus.application;

import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.teamincentive.bonus.domain.BonusPlan;
import com.kamsuite.teamincentive.bonus.domain.PayoutBatch;
import com.kamsuite.teamincentive.bonus.domain.PayoutRun;
import com.kamsuite.teamincentive.bonus.domain.PayoutStatus;
import com.kamsuite.teamincentive.bonus.domain.Statement;
import com.kamsuite.teamincentive.bonus.persistence.PayoutRunRepository;
import com.kamsuite.teamincentive.org.application.Organisation;
import com.kamsuite.teamincentive.shared.domain.Period;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** T4: payout calculation per period with a statement per person, approval by finance, locking, reproducible recalculation. */
@Service
public class Payouts {

    /** Besides the person and the people above them, these roles read every statement of their division. */
    private static final Set<String> STATEMENT_READERS = Set.of("FINANCE", "HR", "SALES_OPERATIONS", "DIVISION_HEAD");

    private final PayoutRunRepository runs;
    private final BonusPlans plans;
    private final PayoutInputs inputs;
    private final Organisation organisation;
    private final Clock clock;

    public Payouts(PayoutRunRepository runs, BonusPlans plans, PayoutInputs inputs, Organisation organisation, Clock clock) {
        this.runs = runs;
        this.plans = plans;
        this.inputs = inputs;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * Calculates (or recalculates) the payout of a plan for a period with the plan version in effect then. Same inputs,
     * same statements: a recalculation whose inputs did not change keeps the calculation it has.
     */
    public PayoutRun calculate(String planId, String periodCode, CurrentUser user) {
        Period period = new Period(periodCode);
        BonusPlan anyVersion = plans.plan(planId, user);
        anyVersion.requirePeriodOfPlan(period);
        BonusPlan plan = plans.versionFor(user.divisionId(), anyVersion.planKey(), period)
                .orElseThrow(() -> new RuleViolationException("no-plan-in-effect",
                        "no approved version of " + anyVersion.planKey() + " applies to " + period, period.code()));
        List<PayoutRun> ofPlan = runs.ofPlan(user.divisionId(), plan.planKey());
        Optional<PayoutRun> existing = ofPlan.stream().filter(r -> r.period().equals(period)).findFirst();
        existing.filter(r -> r.status() == PayoutStatus.APPROVED).ifPresent(r -> {
            throw new ConflictException("payout-locked", "payout " + r.id() + " is approved and locked", r.id());
        });
        PayoutBatch.Result result = PayoutBatch.calculate(inputs.load(plan, period, ofPlan));
        if (existing.isPresent()) {
            PayoutRun run = existing.get();
            int next = run.calculation() + 1;
            if (!run.recalculate(plan, result, user.personId(), clock.instant())) {
                return run;
            }
            runs.saveStatements(run.id(), next, run.divisionId(), result.statements());
            return runs.save(run);
        }
        PayoutRun run = PayoutRun.open(plan, period, result, user.personId(), clock.instant());
        runs.saveStatements(run.id(), run.calculation(), run.divisionId(), result.statements());
        try {
            return runs.save(run);
        } catch (DuplicateKeyException concurrentFirstCalculation) {
            throw new ConflictException("concurrent-update", "the payout of " + period + " was calculated meanwhile", run.id());
        }
    }

    /**
     * Finance approves and locks a payout. Periods are approved in order (each carries the balances of the one before),
     * and only if the inputs are still those of the calculation.
     */
    public PayoutRun approve(String runId, CurrentUser user) {
        PayoutRun run = run(runId, user);
        List<PayoutRun> ofPlan = runs.ofPlan(user.divisionId(), run.planKey());
        ofPlan.stream().filter(r -> r.status() == PayoutStatus.OPEN && r.period().compareTo(run.period()) < 0).findFirst()
                .ifPresent(earlier -> {
                    throw new ConflictException("earlier-period-open", "approve " + earlier.period() + " first",
                            earlier.period().code());
                });
        BonusPlan plan = plans.plan(run.planId(), user);
        String digestNow = PayoutBatch.calculate(inputs.load(plan, run.period(), ofPlan)).inputDigest();
        run.approve(digestNow, user.personId(), clock.instant());
        return runs.save(run);
    }

    public PayoutRun run(String runId, CurrentUser user) {
        return runs.find(user.divisionId(), runId).orElseThrow(() -> new NotFoundException("payout", runId));
    }

    public List<PayoutRun> runs(CurrentUser user) {
        return runs.inDivision(user.divisionId());
    }

    /**
     * A person's statement of a run (the current calculation unless one is named). Readable by the person, the people
     * above them on the period's last day, and finance, HR, sales operations and the division head.
     */
    public Statement statement(String runId, String personId, Integer calculation, CurrentUser user) {
        PayoutRun run = run(runId, user);
        boolean allowed = user.personId().equals(personId) || STATEMENT_READERS.stream().anyMatch(user::hasRole)
                || organisation.hierarchy(user.divisionId()).isAbove(user.personId(), personId, run.period().end());
        if (!allowed) {
            throw new ForbiddenException("forbidden", user.personId() + " may not read the statement of " + personId);
        }
        int wanted = calculation == null ? run.calculation() : calculation;
        if (wanted < 1 || wanted > run.calculation()) {
            throw new NotFoundException("statement", runId + "/" + personId + "#" + wanted);
        }
        return runs.statement(run.id(), wanted, personId)
                .orElseThrow(() -> new NotFoundException("statement", runId + "/" + personId));
    }

    /** The caller's own statements, newest period first. */
    public List<Statement> myStatements(CurrentUser user) {
        return runs.inDivision(user.divisionId()).stream()
                .filter(run -> run.resultOf(user.personId()).isPresent())
                .sorted((a, b) -> b.period().compareTo(a.period()))
                .flatMap(run -> runs.statement(run.id(), run.calculation(), user.personId()).stream())
                .toList();
    }
}
