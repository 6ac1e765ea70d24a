package com.kamsuite.teamincentive.bonus.domain;

import com.kamsuite.events.incentive.PayoutApproved;
import com.kamsuite.events.incentive.PayoutCalculated;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.teamincentive.shared.domain.AuditEntry;
import com.kamsuite.teamincentive.shared.domain.Money;
import com.kamsuite.teamincentive.shared.domain.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The payout of one bonus plan (all its versions: {@code planKey}) for one period. While open it can be recalculated;
 * a recalculation with the same inputs (same digest) changes nothing, one with new inputs becomes the next
 * {@code calculation} (the statements of earlier calculations are kept). Finance approves it, and it is locked: never
 * recalculated, never rewritten.
 */
public class PayoutRun extends AggregateRoot {

    private String id;
    private String divisionId;
    private String planKey;
    private String planId;
    private int planVersion;
    private String period;
    private String currency;
    private PayoutStatus status;
    private int calculation;
    private String inputDigest;
    private BigDecimal totalPayout;
    private Instant calculatedAt;
    private String approvedBy;
    private List<PersonResult> people = new ArrayList<>();
    private List<AuditEntry> history = new ArrayList<>();

    /** One person's figures of the current calculation (the statement itself is stored beside the run). */
    public record PersonResult(String personId, BigDecimal revenue, BigDecimal earned, BigDecimal payout,
                               BigDecimal balanceCarriedForward) {
    }

    private PayoutRun() {
    }

    public static String idOf(String planKey, Period period) {
        return "payout-" + planKey + "-" + period.code();
    }

    public static PayoutRun open(BonusPlan plan, Period period, PayoutBatch.Result result, String by, Instant now) {
        PayoutRun run = new PayoutRun();
        run.id = idOf(plan.planKey(), period);
        run.divisionId = plan.divisionId();
        run.planKey = plan.planKey();
        run.period = period.code();
        run.status = PayoutStatus.OPEN;
        run.take(plan, result, by, now);
        return run;
    }

    /** Takes a new calculation; false (and nothing changes) when the plan version and inputs are the same as before. */
    public boolean recalculate(BonusPlan plan, PayoutBatch.Result result, String by, Instant now) {
        requireOpen();
        if (plan.id().equals(planId) && result.inputDigest().equals(inputDigest)) {
            return false;
        }
        take(plan, result, by, now);
        return true;
    }

    /**
     * Approves and locks the payout. {@code currentDigest} is the digest of the inputs as they are now; if it differs
     * from the calculated one, something changed since and the run must be recalculated first.
     */
    public void approve(String currentDigest, String by, Instant now) {
        requireOpen();
        if (!currentDigest.equals(inputDigest)) {
            throw new ConflictException("payout-stale", "the inputs of " + id + " changed since calculation " + calculation,
                    id, calculation);
        }
        status = PayoutStatus.APPROVED;
        approvedBy = by;
        history.add(new AuditEntry(now, by, "approved", "calculation " + calculation));
        recordEvent(new PayoutApproved(id, planId, planVersion, divisionId, period, calculation, currency, totalPayout, by,
                people.stream().map(p -> new PayoutApproved.Payout(p.personId(), p.payout())).toList()), divisionId);
    }

    public Optional<PersonResult> resultOf(String personId) {
        return people.stream().filter(p -> p.personId().equals(personId)).findFirst();
    }

    private void take(BonusPlan plan, PayoutBatch.Result result, String by, Instant now) {
        planId = plan.id();
        planVersion = plan.planVersion();
        currency = plan.rules().currency();
        calculation++;
        inputDigest = result.inputDigest();
        calculatedAt = now;
        people = new ArrayList<>(result.statements().stream().map(s -> new PersonResult(s.personId(), s.revenue(), s.earned(),
                s.payout(), s.balanceCarriedForward())).toList());
        totalPayout = people.stream().map(PersonResult::payout).reduce(Money.ZERO, BigDecimal::add);
        history.add(new AuditEntry(now, by, "calculated", "calculation " + calculation));
        recordEvent(new PayoutCalculated(id, planId, planVersion, divisionId, period, calculation, currency, totalPayout,
                people.size(), inputDigest), divisionId);
    }

    private void requireOpen() {
        if (status != PayoutStatus.OPEN) {
            throw new ConflictException("payout-locked", "payout " + id + " is approved and locked", id);
        }
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

    public String planId() {
        return planId;
    }

    public int planVersion() {
        return planVersion;
    }

    public Period period() {
        return new Period(period);
    }

    public String currency() {
        return currency;
    }

    public PayoutStatus status() {
        return status;
    }

    public int calculation() {
        return calculation;
    }

    public String inputDigest() {
        return inputDigest;
    }

    public BigDecimal totalPayout() {
        return totalPayout;
    }

    public Instant calculatedAt() {
        return calculatedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public List<PersonResult> people() {
        return List.copyOf(people);
    }

    public List<AuditEntry> history() {
        return List.copyOf(history);
    }
}
