package com.kamsuite.forecast.submission.domain;

import com.kamsuite.events.forecast.ForecastRevised;
import com.kamsuite.events.forecast.ForecastSubmitted;
import com.kamsuite.events.forecast.ForecastTotals;
import com.kamsuite.forecast.principles.domain.Weighting;
import com.kamsuite.forecast.shared.domain.AuditEntry;
import com.kamsuite.forecast.shared.domain.Money;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.shared.domain.States;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of one person's forecast for one period (F2, F3, F5). A draft is built from the owner's confirmed
 * opportunities (only those the owner is the primary owner of, so nothing is counted twice) and the latest
 * submissions of their direct reports; the owner may revise the lines that came up from below and the total, keeping
 * the original values and the reason. Submitting sends it to the owner's superior of that period and freezes it for
 * good; a revision is a new version (a new forecast with the same key), with who, when and why.
 */
public class Forecast extends AggregateRoot {

    private String id;
    private String divisionId;
    private String period;
    private String ownerId;
    private String forecastKey;
    private int versionNumber;
    private String previousVersionId;
    private String revisionReason;
    private ForecastStatus status;
    private String currency;
    private Weighting weighting;
    private List<ForecastLine> lines = new ArrayList<>();
    private List<IncludedForecast> included = new ArrayList<>();
    private List<TotalAdjustment> totalAdjustments = new ArrayList<>();
    private List<String> excludedOpportunities = new ArrayList<>();
    private String submittedTo;
    private Instant submittedAt;
    private List<AuditEntry> history = new ArrayList<>();

    private Forecast() {
    }

    public static String keyOf(String divisionId, Period period, String ownerId) {
        return divisionId + "/" + period.code() + "/" + ownerId;
    }

    /**
     * A new draft. {@code ownLines} are the owner's confirmed opportunities; {@code subordinates} the latest submitted
     * forecasts of the owner's direct reports. An opportunity appears once: the owner's own line wins (an owner change
     * moved it up), else the line of the most recent submission. Version 2 and later need a reason.
     */
    public static Forecast draft(String id, String divisionId, Period period, String ownerId, int version,
                                 String previousVersionId, String reason, String currency, Weighting weighting,
                                 List<ForecastLine> ownLines, List<Forecast> subordinates,
                                 List<String> excludedOpportunities, Instant now) {
        if (version > 1 && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("reason-required", "a revision needs a reason");
        }
        Forecast forecast = new Forecast();
        forecast.id = id;
        forecast.divisionId = divisionId;
        forecast.period = period.code();
        forecast.ownerId = ownerId;
        forecast.forecastKey = keyOf(divisionId, period, ownerId);
        forecast.versionNumber = version;
        forecast.previousVersionId = previousVersionId;
        forecast.revisionReason = version > 1 ? reason.strip() : null;
        forecast.status = ForecastStatus.DRAFT;
        forecast.currency = currency;
        forecast.weighting = weighting;
        forecast.build(ownLines, subordinates, excludedOpportunities);
        forecast.history.add(new AuditEntry(now, ownerId, version > 1 ? "revision drafted" : "drafted", forecast.revisionReason));
        return forecast;
    }

    private void build(List<ForecastLine> ownLines, List<Forecast> subordinates, List<String> excluded) {
        lines = new ArrayList<>(rollUp(ownLines, subordinates));
        included = new ArrayList<>();
        totalAdjustments = new ArrayList<>();
        for (Forecast subordinate : subordinates) {
            States.require("forecast", subordinate.id, subordinate.status, ForecastStatus.SUBMITTED);
            included.add(new IncludedForecast(subordinate.id, subordinate.ownerId, subordinate.versionNumber,
                    subordinate.submittedAt, subordinate.forecastAmount()));
            totalAdjustments.addAll(subordinate.totalAdjustments);
        }
        excludedOpportunities = new ArrayList<>(excluded);
    }

    /**
     * Rebuilds the draft from the current opportunities and the latest submissions below (a subordinate may have
     * submitted since it was drafted). The owner's own revisions are re-applied where their line still exists.
     */
    public void refresh(List<ForecastLine> ownLines, List<Forecast> subordinates, List<String> excluded, Instant now) {
        States.require("forecast", id, status, ForecastStatus.DRAFT);
        List<ForecastLine> before = lines;
        List<IncludedForecast> includedBefore = List.copyOf(included);
        List<TotalAdjustment> totalsBefore = List.copyOf(totalAdjustments);
        List<String> excludedBefore = List.copyOf(excludedOpportunities);
        List<TotalAdjustment> ownTotals = ownTotalAdjustments();
        build(ownLines, subordinates, excluded);
        replay(before, ownTotals);
        boolean changed = !lines.equals(before) || !included.equals(includedBefore)
                || !totalAdjustments.equals(totalsBefore) || !excludedOpportunities.equals(excludedBefore);
        if (changed) {
            history.add(new AuditEntry(now, ownerId, "refreshed", null));
        }
    }

    /** A revision starts with the revisions its owner made in the previous version (where their line still exists). */
    public void carryRevisionsFrom(Forecast previous) {
        if (!previous.forecastKey.equals(forecastKey) || previous.versionNumber >= versionNumber) {
            throw new IllegalArgumentException("revisions are carried from an earlier version of the same forecast");
        }
        States.require("forecast", id, status, ForecastStatus.DRAFT);
        replay(previous.lines, previous.ownTotalAdjustments());
    }

    /**
     * Re-applies the owner's last revision of each line (its values, reason, who and when are kept) and the owner's
     * total adjustments as the same differences on top of the rebuilt lines.
     */
    private void replay(List<ForecastLine> previousLines, List<TotalAdjustment> ownTotals) {
        for (ForecastLine previous : previousLines) {
            previous.adjustments().stream().filter(a -> a.by().equals(ownerId)).reduce((first, last) -> last)
                    .ifPresent(last -> {
                        for (int i = 0; i < lines.size(); i++) {
                            ForecastLine line = lines.get(i);
                            if (line.opportunityId().equals(previous.opportunityId()) && !line.isOwn()) {
                                lines.set(i, line.adjusted(last.toAmount(), last.toWeightPercent(), last.reason(), last.by(), last.at()));
                            }
                        }
                    });
        }
        for (TotalAdjustment adjustment : ownTotals) {
            BigDecimal before = forecastAmount();
            totalAdjustments.add(new TotalAdjustment(id, adjustment.at(), adjustment.by(), adjustment.reason(), before,
                    before.add(adjustment.delta()), adjustment.delta()));
        }
    }

    private List<TotalAdjustment> ownTotalAdjustments() {
        return totalAdjustments.stream().filter(a -> id.equals(a.forecastId())).toList();
    }

    /** The lines of a roll-up: the owner's own, then the subordinates', each opportunity once (see {@link #draft}). */
    static List<ForecastLine> rollUp(List<ForecastLine> ownLines, List<Forecast> subordinates) {
        Map<String, ForecastLine> byOpportunity = new LinkedHashMap<>();
        ownLines.forEach(line -> byOpportunity.put(line.opportunityId(), line));
        subordinates.stream().sorted(Comparator.comparing((Forecast f) -> f.submittedAt).reversed())
                .forEach(sub -> sub.lines.forEach(line -> byOpportunity.putIfAbsent(line.opportunityId(), line.from(sub.id))));
        return byOpportunity.values().stream()
                .sorted(Comparator.comparing(ForecastLine::ownerId).thenComparing(ForecastLine::opportunityId)).toList();
    }

    /** A superior revises a line that came up from a subordinate; an own line changes in the opportunity instead. */
    public void adjustLine(String opportunityId, BigDecimal amount, BigDecimal weightPercent, String reason, String by,
                           Instant now) {
        States.require("forecast", id, status, ForecastStatus.DRAFT);
        requireReason(reason);
        int index = indexOf(opportunityId);
        ForecastLine line = lines.get(index);
        if (line.isOwn()) {
            throw new RuleViolationException("own-line", "own lines follow the opportunity", opportunityId);
        }
        BigDecimal newAmount = amount == null ? line.amount() : amount;
        BigDecimal newWeight = weightPercent == null ? line.weightPercent() : weightPercent;
        if (!Money.isAmount(newAmount) || newWeight.signum() < 0 || newWeight.compareTo(Money.HUNDRED) > 0) {
            throw new IllegalArgumentException("an amount is non-negative with at most 2 decimals, a weight 0 to 100");
        }
        lines.set(index, line.adjusted(Money.round(newAmount), newWeight, reason.strip(), by, now));
        history.add(new AuditEntry(now, by, "line " + opportunityId + " adjusted", reason.strip()));
    }

    /** Sets the forecast amount the owner stands behind; the difference to the lines is kept as an adjustment. */
    public void adjustTotal(BigDecimal forecastAmount, String reason, String by, Instant now) {
        States.require("forecast", id, status, ForecastStatus.DRAFT);
        requireReason(reason);
        if (!Money.isAmount(forecastAmount)) {
            throw new IllegalArgumentException("a forecast amount is non-negative with at most 2 decimals");
        }
        BigDecimal before = forecastAmount();
        BigDecimal after = Money.round(forecastAmount);
        totalAdjustments.add(new TotalAdjustment(id, now, by, reason.strip(), before, after, after.subtract(before)));
        history.add(new AuditEntry(now, by, "total adjusted", reason.strip()));
    }

    /** Freezes the forecast and sends it to {@code superiorId} (null: the division head submits to the division). */
    public void submit(String superiorId, String by, Instant now) {
        States.require("forecast", id, status, ForecastStatus.DRAFT);
        status = ForecastStatus.SUBMITTED;
        submittedTo = superiorId;
        submittedAt = now;
        history.add(new AuditEntry(now, by, "submitted", revisionReason));
        ForecastTotals totals = new ForecastTotals(amount(), weightedAmount(), forecastAmount());
        List<String> includedIds = included.stream().map(IncludedForecast::forecastId).toList();
        recordEvent(versionNumber == 1
                ? new ForecastSubmitted(id, divisionId, period, ownerId, versionNumber, submittedTo, now, currency, totals,
                        lines.size(), includedIds)
                : new ForecastRevised(id, divisionId, period, ownerId, versionNumber, previousVersionId, revisionReason,
                        submittedTo, now, currency, totals, lines.size(), includedIds), divisionId);
    }

    public BigDecimal amount() {
        return lines.stream().map(ForecastLine::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal weightedAmount() {
        return lines.stream().map(ForecastLine::weightedAmount).reduce(Money.ZERO, BigDecimal::add);
    }

    /** The weighted lines plus every total adjustment, own and carried up from below. */
    public BigDecimal forecastAmount() {
        return weightedAmount().add(totalAdjustments.stream().map(TotalAdjustment::delta).reduce(Money.ZERO, BigDecimal::add));
    }

    private int indexOf(String opportunityId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).opportunityId().equals(opportunityId)) {
                return i;
            }
        }
        throw new RuleViolationException("unknown-line", "no line for " + opportunityId, opportunityId);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason-required", "an adjustment needs a reason");
        }
    }

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    public Period period() {
        return new Period(period);
    }

    public String ownerId() {
        return ownerId;
    }

    public String forecastKey() {
        return forecastKey;
    }

    /** The number of this version of the owner's forecast of the period, from 1. */
    public int versionNumber() {
        return versionNumber;
    }

    public String previousVersionId() {
        return previousVersionId;
    }

    public String revisionReason() {
        return revisionReason;
    }

    public ForecastStatus status() {
        return status;
    }

    public String currency() {
        return currency;
    }

    public Weighting weighting() {
        return weighting;
    }

    public List<ForecastLine> lines() {
        return List.copyOf(lines);
    }

    public List<IncludedForecast> included() {
        return List.copyOf(included);
    }

    public List<TotalAdjustment> totalAdjustments() {
        return List.copyOf(totalAdjustments);
    }

    public List<String> excludedOpportunities() {
        return List.copyOf(excludedOpportunities);
    }

    public String submittedTo() {
        return submittedTo;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public List<AuditEntry> history() {
        return List.copyOf(history);
    }
}
