package com.kamsuite.teamincentive.quota.domain;

import com.kamsuite.events.quota.QuotaApproved;
import com.kamsuite.events.quota.QuotaAttainmentChanged;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.teamincentive.sales.domain.Credit;
import com.kamsuite.teamincentive.shared.domain.AuditEntry;
import com.kamsuite.teamincentive.shared.domain.States;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A version of a division's quota plan over a range of months: the high-level total, its seasonality, the top-down
 * allocation to territories, teams and people, and (once approved) the live attainment of every target. A revision is
 * a new plan with the same {@code planKey} and the next version; the old version is kept as it was.
 */
public class QuotaPlan extends AggregateRoot {

    private String id;
    private String divisionId;
    private String planKey;
    private int planVersion;
    private String previousVersionId;
    private String name;
    private String fromMonth;
    private String toMonth;
    private String currency;
    private BigDecimal total;
    private QuotaBasis basis;
    private List<MonthWeight> monthWeights = new ArrayList<>();
    private List<Allocation> allocations = new ArrayList<>();
    private QuotaStatus status;
    private String approvedBy;
    private List<Achievement> achievements = new ArrayList<>();
    private List<AuditEntry> history = new ArrayList<>();

    private QuotaPlan() {
    }

    public static QuotaPlan draft(String id, String divisionId, String name, YearMonth from, YearMonth to, String currency,
                                  BigDecimal total, Seasonality seasonality, QuotaBasis basis, String by, Instant now) {
        if (name == null || name.isBlank() || from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a quota plan needs a name and a range of months");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a currency is an ISO code such as CNY");
        }
        if (total == null || total.signum() < 0 || total.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("the total is a non-negative amount with at most 2 decimals");
        }
        List<String> months = seasonality.weights().stream().map(MonthWeight::month).toList();
        if (!months.equals(Seasonality.flat(from, to).weights().stream().map(MonthWeight::month).toList())) {
            throw new IllegalArgumentException("the seasonality must weigh every month from " + from + " to " + to);
        }
        QuotaPlan plan = new QuotaPlan();
        plan.id = id;
        plan.divisionId = divisionId;
        plan.planKey = id;
        plan.planVersion = 1;
        plan.name = name.strip();
        plan.fromMonth = from.toString();
        plan.toMonth = to.toString();
        plan.currency = currency;
        plan.total = total.setScale(2);
        plan.basis = basis;
        plan.monthWeights = new ArrayList<>(seasonality.weights());
        plan.status = QuotaStatus.DRAFT;
        plan.history.add(new AuditEntry(now, by, "drafted", null));
        return plan;
    }

    /** The next version, as a draft with the same total, seasonality and allocation; this version stays untouched. */
    public QuotaPlan revise(String newId, int newVersion, String by, Instant now) {
        QuotaPlan next = draft(newId, divisionId, name, from(), to(), currency, total, seasonality(), basis, by, now);
        next.planKey = planKey;
        next.planVersion = newVersion;
        next.previousVersionId = id;
        next.allocations = new ArrayList<>(allocations);
        next.history.add(new AuditEntry(now, by, "revised from", id));
        return next;
    }

    /** Changes the total (and seasonality) of a draft; the allocation must then add up to the new total. */
    public void retarget(BigDecimal newTotal, Seasonality seasonality, String by, Instant now) {
        States.require("quota plan", id, status, QuotaStatus.DRAFT);
        total = newTotal.setScale(2);
        monthWeights = new ArrayList<>(seasonality.weights());
        history.add(new AuditEntry(now, by, "total set", total.toPlainString()));
    }

    /** Replaces the allocation of a draft; refused (422) unless every level adds up. */
    public void allocate(List<Allocation> newAllocations, String by, Instant now) {
        States.require("quota plan", id, status, QuotaStatus.DRAFT);
        new AllocationTree(newAllocations).requireConsistent(total);
        allocations = new ArrayList<>(newAllocations);
        history.add(new AuditEntry(now, by, "allocated", allocations.size() + " targets"));
    }

    public void submit(String by, Instant now) {
        States.require("quota plan", id, status, QuotaStatus.DRAFT);
        if (allocations.isEmpty()) {
            throw new RuleViolationException("allocation-shape", "allocate the quota before submitting it");
        }
        new AllocationTree(allocations).requireConsistent(total);
        status = QuotaStatus.SUBMITTED;
        history.add(new AuditEntry(now, by, "submitted", null));
    }

    public void returnForChanges(String reason, String by, Instant now) {
        States.require("quota plan", id, status, QuotaStatus.SUBMITTED);
        status = QuotaStatus.DRAFT;
        history.add(new AuditEntry(now, by, "returned", reason));
    }

    /** Approves the plan, announces it with every target's monthly amounts, and starts its attainment from the credits so far. */
    public void approve(List<Credit> credits, String by, Instant now) {
        States.require("quota plan", id, status, QuotaStatus.SUBMITTED);
        status = QuotaStatus.APPROVED;
        approvedBy = by;
        history.add(new AuditEntry(now, by, "approved", null));
        Seasonality seasonality = seasonality();
        recordEvent(new QuotaApproved(id, divisionId, name, planVersion, previousVersionId, fromMonth, toMonth, currency, total,
                by, allocations.stream().map(a -> new QuotaApproved.Allocation(a.kind().name(), a.targetId(),
                        a.parentTargetId(), a.amount(), seasonality.spread(a.amount()).entrySet().stream()
                        .map(m -> new QuotaApproved.Month(m.getKey(), m.getValue())).toList())).toList()), divisionId);
        trackAttainment(people(), credits, null);
    }

    /** At most this many target changes per event, so a big plan's announcement stays well within a Kafka record. */
    static final int CHANGES_PER_EVENT = 500;

    /**
     * Recomputes the attainment of the given people from their credits (all their credits the plan could count), then
     * of every target above them, and announces the targets whose achievement changed. Idempotent: the same credits
     * change nothing and announce nothing. {@code opportunityId} names the cause, if any.
     */
    public boolean trackAttainment(Set<String> people, List<Credit> creditsOfThesePeople, String opportunityId) {
        States.require("quota plan", id, status, QuotaStatus.APPROVED);
        AllocationTree tree = tree();
        Map<String, BigDecimal> byPerson = new HashMap<>();
        for (Achievement achievement : achievements) {
            if (achievement.kind() == TargetKind.PERSON && !people.contains(achievement.targetId())) {
                byPerson.put(achievement.targetId(), achievement.achieved());
            }
        }
        for (Credit credit : creditsOfThesePeople) {
            if (people.contains(credit.personId()) && counts(credit)) {
                byPerson.merge(credit.personId(), credit.amount(), BigDecimal::add);
            }
        }
        List<Achievement> recomputed = tree.allocations().stream().map(a -> new Achievement(a.kind(), a.targetId(),
                tree.peopleUnder(a.targetId()).stream().map(p -> byPerson.getOrDefault(p, BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP))).toList();
        Map<String, BigDecimal> before = new HashMap<>();
        achievements.forEach(a -> before.put(a.targetId(), a.achieved()));
        List<QuotaAttainmentChanged.Change> changes = new ArrayList<>();
        for (Achievement now : recomputed) {
            BigDecimal was = before.get(now.targetId());
            if (was == null || was.compareTo(now.achieved()) != 0) {
                Allocation target = tree.find(now.targetId());
                changes.add(new QuotaAttainmentChanged.Change(now.kind().name(), now.targetId(), target.amount(), now.achieved(),
                        percent(now.achieved(), target.amount())));
            }
        }
        achievements = new ArrayList<>(recomputed);
        for (int from = 0; from < changes.size(); from += CHANGES_PER_EVENT) {
            recordEvent(new QuotaAttainmentChanged(id, divisionId, planVersion, currency, opportunityId,
                    List.copyOf(changes.subList(from, Math.min(changes.size(), from + CHANGES_PER_EVENT)))), divisionId);
        }
        return !changes.isEmpty();
    }

    /** Everyone with a quota in this plan. */
    public Set<String> people() {
        Set<String> people = new java.util.HashSet<>();
        allocations.stream().filter(a -> a.kind() == TargetKind.PERSON).forEach(a -> people.add(a.targetId()));
        return people;
    }

    /** A credit counts towards this plan if it is in the plan's currency, won within its months and not reversed. */
    public boolean counts(Credit credit) {
        YearMonth won = YearMonth.from(credit.wonOn());
        return Objects.equals(credit.currency(), currency) && credit.reversedOn() == null
                && !won.isBefore(from()) && !won.isAfter(to());
    }

    /** The quota of a target for the given months of the plan (its monthly amounts; months outside the plan add 0). */
    public BigDecimal quotaOf(String targetId, List<YearMonth> months) {
        Allocation allocation = tree().find(targetId);
        if (allocation == null) {
            return null;
        }
        Map<String, BigDecimal> monthly = seasonality().spread(allocation.amount());
        return months.stream().map(m -> monthly.getOrDefault(m.toString(), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean covers(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return !month.isBefore(from()) && !month.isAfter(to());
    }

    /** achieved / quota × 100, half-up to 2 decimals; 0 when the quota is 0. */
    public static BigDecimal percent(BigDecimal achieved, BigDecimal quota) {
        return quota.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : achieved.multiply(BigDecimal.valueOf(100)).divide(quota, 2, RoundingMode.HALF_UP);
    }

    public BigDecimal achieved(String targetId) {
        return achievements.stream().filter(a -> a.targetId().equals(targetId)).map(Achievement::achieved).findFirst()
                .orElse(null);
    }

    public AllocationTree tree() {
        return new AllocationTree(allocations);
    }

    public Seasonality seasonality() {
        return new Seasonality(monthWeights);
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

    public YearMonth from() {
        return YearMonth.parse(fromMonth);
    }

    public YearMonth to() {
        return YearMonth.parse(toMonth);
    }

    public String currency() {
        return currency;
    }

    public BigDecimal total() {
        return total;
    }

    public QuotaBasis basis() {
        return basis;
    }

    public List<Allocation> allocations() {
        return List.copyOf(allocations);
    }

    public QuotaStatus status() {
        return status;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public List<Achievement> achievements() {
        return List.copyOf(achievements);
    }

    public List<AuditEntry> history() {
        return List.copyOf(history);
    }
}
