package com.kamsuite.forecast.performance.application;

import com.kamsuite.forecast.division.application.DivisionForecasts;
import com.kamsuite.forecast.org.domain.Hierarchy;
import com.kamsuite.forecast.org.persistence.OrgReplica;
import com.kamsuite.forecast.performance.domain.AccuracyReport;
import com.kamsuite.forecast.performance.domain.Timeliness;
import com.kamsuite.forecast.pipeline.persistence.PipelineReplica;
import com.kamsuite.forecast.principles.application.Principles;
import com.kamsuite.forecast.principles.domain.ForecastRules;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.submission.domain.Forecast;
import com.kamsuite.forecast.submission.domain.ForecastStatus;
import com.kamsuite.forecast.submission.persistence.ForecastRepository;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.runtime.Roles;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/** F6 accuracy and F7 timeliness of a period, limited to what the caller may see (themselves and everyone below). */
@Service
public class Performance {

    private final ForecastRepository forecasts;
    private final PipelineReplica pipeline;
    private final OrgReplica org;
    private final Principles principles;
    private final DivisionForecasts divisionForecasts;
    private final Clock clock;

    public Performance(ForecastRepository forecasts, PipelineReplica pipeline, OrgReplica org, Principles principles,
                       DivisionForecasts divisionForecasts, Clock clock) {
        this.forecasts = forecasts;
        this.pipeline = pipeline;
        this.org = org;
        this.principles = principles;
        this.divisionForecasts = divisionForecasts;
        this.clock = clock;
    }

    public List<AccuracyReport.Row> accuracy(Period period, CurrentUser user) {
        ForecastRules rules = principles.rules(user.divisionId());
        Hierarchy hierarchy = org.hierarchy(user.divisionId(), period);
        Map<String, Forecast> latest = forecasts.inPeriod(user.divisionId(), period).stream()
                .filter(f -> f.status() == ForecastStatus.SUBMITTED)
                .collect(Collectors.toMap(Forecast::ownerId, f -> f, BinaryOperator.maxBy(Comparator.comparingInt(Forecast::versionNumber))));
        Optional<Forecast> division = divisionForecasts.divisionRollUp(period, user.divisionId());
        List<AccuracyReport.Row> rows = AccuracyReport.compute(hierarchy, latest, division,
                pipeline.wonIn(user.divisionId(), period), rules.currency());
        if (seesDivision(user)) {
            return rows;
        }
        Set<String> visible = hierarchy.selfAndBelow(user.personId());
        return rows.stream().filter(r -> r.level() != AccuracyReport.Level.DIVISION && visible.contains(r.personId())).toList();
    }

    public record TimelinessRow(String personId, String superiorId, LocalDate deadline, Timeliness status,
                                Instant firstSubmittedAt, Integer latestVersion) {
    }

    /** {@code deadline} is the account managers'; each level above gets the division's grace days more. */
    public record TimelinessReport(String period, LocalDate deadline, String timeZone, List<TimelinessRow> people) {
    }

    public TimelinessReport timeliness(Period period, CurrentUser user) {
        ForecastRules rules = principles.rulesFor(user.divisionId(), period);
        Hierarchy hierarchy = org.hierarchy(user.divisionId(), period);
        LocalDate deadline = rules.deadlineOf(period);
        Map<String, List<Forecast>> byOwner = forecasts.inPeriod(user.divisionId(), period).stream()
                .filter(f -> f.status() == ForecastStatus.SUBMITTED).collect(Collectors.groupingBy(Forecast::ownerId));
        Set<String> visible = seesDivision(user) ? hierarchy.forecasters() : hierarchy.selfAndBelow(user.personId());
        Instant now = clock.instant();
        List<TimelinessRow> rows = hierarchy.forecasters().stream().filter(visible::contains).map(person -> {
            List<Forecast> submitted = byOwner.getOrDefault(person, List.of());
            Instant first = submitted.stream().map(Forecast::submittedAt).min(Comparator.naturalOrder()).orElse(null);
            Integer latestVersion = submitted.stream().map(Forecast::versionNumber).max(Comparator.naturalOrder()).orElse(null);
            LocalDate own = rules.deadlineOf(period, hierarchy.levelsBelow(person));
            return new TimelinessRow(person, hierarchy.superiorOf(person).orElse(null), own,
                    Timeliness.of(own, rules.zone(), first, now), first, latestVersion);
        }).toList();
        return new TimelinessReport(period.code(), deadline, rules.timeZone(), rows);
    }

    /**
     * The caller's own next deadline: the first period, from the current one up to the horizon, whose deadline for
     * the caller's level (grace days for each level of people below them) is today or later, and whether the caller
     * has submitted a forecast for it yet. Empty when every deadline within the horizon has passed.
     */
    public Optional<NextDeadline> nextDeadline(CurrentUser user) {
        ForecastRules rules = principles.rules(user.divisionId());
        LocalDate today = LocalDate.now(clock.withZone(rules.zone()));
        Period period = Period.of(rules.periodKind(), today);
        for (int i = 0; i <= rules.horizon(); i++, period = period.plus(1)) {
            Hierarchy hierarchy = org.hierarchy(user.divisionId(), period);
            LocalDate own = rules.deadlineOf(period, hierarchy.contains(user.personId()) ? hierarchy.levelsBelow(user.personId()) : 0);
            if (!own.isBefore(today)) {
                boolean submitted = forecasts.inPeriod(user.divisionId(), period).stream()
                        .anyMatch(f -> f.status() == ForecastStatus.SUBMITTED && f.ownerId().equals(user.personId()));
                return Optional.of(new NextDeadline(period.code(), own, rules.timeZone(), submitted));
            }
        }
        return Optional.empty();
    }

    public record NextDeadline(String period, LocalDate deadline, String timeZone, boolean submitted) {
    }

    private static boolean seesDivision(CurrentUser user) {
        return user.hasAnyRole(Roles.DIVISION_HEAD, Roles.SALES_OPERATIONS);
    }
}
