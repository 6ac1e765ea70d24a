package com.kamsuite.forecast.principles.domain;

import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.shared.domain.PeriodKind;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A division's forecast principles (F1), as a value that validates itself: the period kind, the horizon (how many
 * periods ahead, the current one included, can be forecast), the stages that count, the weighting, the currency, and
 * the submission deadline of each period (by default {@code deadlineDaysBeforeStart} days before the period starts,
 * negative for after; {@code deadlines} overrides single periods), in the division's time zone. The hierarchy levels
 * above the account managers get {@code levelGraceDays} more per level to roll up what comes from below (a manager
 * one level, a director two, and so on).
 */
public record ForecastRules(PeriodKind periodKind, int horizon, List<String> countedStages, Weighting weighting,
                            List<String> commitStages, List<String> bestCaseStages, BigDecimal bestCasePercent,
                            String currency, int deadlineDaysBeforeStart, Map<String, LocalDate> deadlines,
                            String timeZone, int levelGraceDays) {

    private static final Set<String> OPEN_STAGES = Set.of("01", "02", "03", "04", "05", "06", "07");

    public ForecastRules {
        if (periodKind == null || weighting == null) {
            throw new IllegalArgumentException("the period kind and the weighting are required");
        }
        if (horizon < 1 || horizon > 24) {
            throw new IllegalArgumentException("the horizon is 1 to 24 periods");
        }
        countedStages = sortedStages(countedStages);
        commitStages = sortedStages(commitStages);
        bestCaseStages = sortedStages(bestCaseStages);
        if (countedStages.isEmpty()) {
            throw new IllegalArgumentException("at least one stage must count");
        }
        if (weighting == Weighting.CATEGORY) {
            if (commitStages.isEmpty() || !countedStages.containsAll(commitStages) || !countedStages.containsAll(bestCaseStages)
                    || commitStages.stream().anyMatch(bestCaseStages::contains)) {
                throw new IllegalArgumentException("category weighting needs commit stages, and commit and best-case stages "
                        + "are distinct counted stages");
            }
            if (bestCasePercent == null || bestCasePercent.signum() < 0 || bestCasePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("the best-case percentage is 0 to 100");
            }
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a currency is an ISO code such as CNY");
        }
        if (deadlineDaysBeforeStart < -31 || deadlineDaysBeforeStart > 92) {
            throw new IllegalArgumentException("the default deadline is at most 92 days before and 31 days after the start");
        }
        deadlines = deadlines == null ? Map.of() : Map.copyOf(new TreeMap<>(deadlines));
        deadlines.forEach((code, deadline) -> {
            Period period = new Period(code);
            if (period.kind() != periodKind) {
                throw new IllegalArgumentException("deadline for " + code + ", which is not a " + periodKind + " period");
            }
            // The same window as the default deadline: an explicit one is a date near the period, never year 999999999.
            if (deadline == null || deadline.isBefore(period.start().minusDays(92)) || deadline.isAfter(period.start().plusDays(31))) {
                throw new IllegalArgumentException("the deadline of " + code + " is at most 92 days before and 31 days after its start");
            }
        });
        try {
            ZoneId.of(timeZone == null ? "" : timeZone);
        } catch (DateTimeException e) {
            // ZoneRulesException and a malformed id are DateTimeExceptions, not IllegalArgumentExceptions: the client's mistake, not a 500.
            throw new IllegalArgumentException("unknown time zone " + timeZone + ": use a region id such as Asia/Shanghai");
        }
        if (levelGraceDays < 0 || levelGraceDays > 31) {
            throw new IllegalArgumentException("the grace per hierarchy level is 0 to 31 days");
        }
    }

    private static List<String> sortedStages(List<String> stages) {
        List<String> sorted = stages == null ? List.of() : stages.stream().distinct().sorted().toList();
        if (!OPEN_STAGES.containsAll(sorted)) {
            throw new IllegalArgumentException("forecast stages are the open stages 01 to 07: " + stages);
        }
        return sorted;
    }

    public boolean counts(String stage) {
        return countedStages.contains(stage);
    }

    /** The weight of an opportunity in this stage with this win probability (percent). */
    public Weight weigh(String stage, BigDecimal probability) {
        if (weighting == Weighting.STAGE_PROBABILITY) {
            return new Weight(commitStages.contains(stage) ? Category.COMMIT
                    : bestCaseStages.contains(stage) ? Category.BEST_CASE : Category.PIPELINE,
                    probability == null ? BigDecimal.ZERO : probability);
        }
        if (commitStages.contains(stage)) {
            return new Weight(Category.COMMIT, BigDecimal.valueOf(100));
        }
        if (bestCaseStages.contains(stage)) {
            return new Weight(Category.BEST_CASE, bestCasePercent);
        }
        return new Weight(Category.PIPELINE, BigDecimal.ZERO);
    }

    public LocalDate deadlineOf(Period period) {
        LocalDate explicit = deadlines.get(period.code());
        return explicit != null ? explicit : period.start().minusDays(deadlineDaysBeforeStart);
    }

    /** The deadline of someone with {@code levelsBelow} levels of people below them (0 for an account manager). */
    public LocalDate deadlineOf(Period period, int levelsBelow) {
        return deadlineOf(period).plusDays((long) levelGraceDays * levelsBelow);
    }

    /** Whether a forecast of {@code period} may be made on {@code today}: the current period up to the horizon. */
    public boolean withinHorizon(Period period, LocalDate today) {
        Period current = Period.of(periodKind, today);
        return period.kind() == periodKind && period.compareTo(current) >= 0 && period.compareTo(current.plus(horizon - 1)) <= 0;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
