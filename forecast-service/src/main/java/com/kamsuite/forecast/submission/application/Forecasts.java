package com.kamsuite.forecast.submission.application;

import com.kamsuite.forecast.org.domain.Hierarchy;
import com.kamsuite.forecast.org.persistence.OrgReplica;
import com.kamsuite.forecast.pipeline.domain.PipelineOpportunity;
import com.kamsuite.forecast.pipeline.persistence.PipelineReplica;
import com.kamsuite.forecast.principles.application.Principles;
import com.kamsuite.forecast.principles.domain.ForecastRules;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.submission.domain.Forecast;
import com.kamsuite.forecast.submission.domain.ForecastLine;
import com.kamsuite.forecast.submission.domain.ForecastStatus;
import com.kamsuite.forecast.submission.domain.IncludedForecast;
import com.kamsuite.forecast.submission.persistence.ForecastRepository;
import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.runtime.Roles;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * F2, F3, F5: drafting a person's forecast of a period from their confirmed opportunities and their direct reports'
 * submissions, revising lines and totals, submitting to the superior of that period, and reading forecasts along the
 * reporting lines (a person sees their own and those of everyone below them; the division head and sales operations
 * see the whole division).
 */
@Service
public class Forecasts {

    private final ForecastRepository forecasts;
    private final PipelineReplica pipeline;
    private final OrgReplica org;
    private final Principles principles;
    private final Clock clock;

    public Forecasts(ForecastRepository forecasts, PipelineReplica pipeline, OrgReplica org, Principles principles, Clock clock) {
        this.forecasts = forecasts;
        this.pipeline = pipeline;
        this.org = org;
        this.principles = principles;
        this.clock = clock;
    }

    /** A new draft (version 1, or the next version of a submitted forecast, with a reason). */
    public Forecast draft(Period period, String reason, CurrentUser user) {
        ForecastRules rules = principles.requireForecastable(user.divisionId(), period);
        Hierarchy hierarchy = hierarchy(user.divisionId(), period, user.personId());
        Optional<Forecast> latest = forecasts.latest(user.divisionId(), period, user.personId());
        if (latest.isPresent() && latest.get().status() == ForecastStatus.DRAFT) {
            throw new ConflictException("draft-exists", "a draft exists already", latest.get().id())
                    .with("forecastId", latest.get().id());
        }
        Sources sources = sources(rules, hierarchy, period, user);
        Forecast draft = Forecast.draft("fc-" + UUID.randomUUID(), user.divisionId(), period, user.personId(),
                latest.map(Forecast::versionNumber).orElse(0) + 1, latest.map(Forecast::id).orElse(null), reason,
                rules.currency(), rules.weighting(), sources.own(), sources.subordinates(), sources.excluded(), clock.instant());
        latest.ifPresent(draft::carryRevisionsFrom);
        return forecasts.save(draft);
    }

    /** Rebuilds a draft from the current opportunities and submissions below, keeping the owner's revisions. */
    public Forecast refresh(String id, CurrentUser user) {
        return change(id, user, f -> {
            ForecastRules rules = principles.rules(user.divisionId());
            Sources sources = sources(rules, hierarchy(user.divisionId(), f.period(), user.personId()), f.period(), user);
            f.refresh(sources.own(), sources.subordinates(), sources.excluded(), clock.instant());
        });
    }

    private record Sources(List<ForecastLine> own, List<Forecast> subordinates, List<String> excluded) {
    }

    /**
     * The owner's confirmed opportunities of the period in counted stages, and the latest submissions of the owner's
     * direct reports. Opportunities and submissions in another currency than the division's (it changed meanwhile)
     * are listed as excluded: there is no exchange rate here.
     */
    private Sources sources(ForecastRules rules, Hierarchy hierarchy, Period period, CurrentUser user) {
        List<ForecastLine> own = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (PipelineOpportunity opportunity : pipeline.confirmedOpenOf(user.divisionId(), user.personId(), period)) {
            if (!rules.counts(opportunity.stage())) {
                continue;
            }
            if (!rules.currency().equals(opportunity.currency())) {
                excluded.add(opportunity.opportunityId() + ": amount in " + opportunity.currency() + ", forecasts in " + rules.currency());
                continue;
            }
            own.add(ForecastLine.of(opportunity, rules));
        }
        List<Forecast> subordinates = new ArrayList<>();
        for (String report : hierarchy.directReportsOf(user.personId())) {
            forecasts.latestSubmitted(user.divisionId(), period, report).ifPresent(submitted -> {
                if (rules.currency().equals(submitted.currency())) {
                    subordinates.add(submitted);
                } else {
                    excluded.add(submitted.id() + ": forecast of " + report + " in " + submitted.currency() + ", forecasts in " + rules.currency());
                }
            });
        }
        return new Sources(own, subordinates, excluded);
    }

    public Forecast adjustLine(String id, String opportunityId, BigDecimal amount, BigDecimal weightPercent, String reason,
                               CurrentUser user) {
        return change(id, user, f -> f.adjustLine(opportunityId, amount, weightPercent, reason, user.personId(), clock.instant()));
    }

    public Forecast adjustTotal(String id, BigDecimal forecastAmount, String reason, CurrentUser user) {
        return change(id, user, f -> f.adjustTotal(forecastAmount, reason, user.personId(), clock.instant()));
    }

    /** Submits to the owner's superior in the forecast's period (the division head submits to the division). */
    public Forecast submit(String id, CurrentUser user) {
        return change(id, user, f -> f.submit(hierarchy(user.divisionId(), f.period(), user.personId())
                .superiorOf(user.personId()).orElse(null), user.personId(), clock.instant()));
    }

    public Forecast forecast(String id, CurrentUser user) {
        return forecasts.find(user.divisionId(), id).filter(f -> visible(f.ownerId(), f.period(), user))
                .orElseThrow(() -> new NotFoundException("forecast", id));
    }

    /** Every version of the forecast's key (F5: who, when, why of each). */
    public List<Forecast> versions(String id, CurrentUser user) {
        Forecast forecast = forecast(id, user);
        return forecasts.versions(user.divisionId(), forecast.period(), forecast.ownerId());
    }

    /** A direct report's latest submission of the period, and whether the caller's latest forecast rolled it up. */
    public record ReportStatus(String personId, Forecast latestSubmitted, boolean inMyLatestForecast) {
    }

    /** F3: the caller's direct reports in the period and what they submitted (what a refresh would take in). */
    public List<ReportStatus> reports(Period period, CurrentUser user) {
        Hierarchy hierarchy = hierarchy(user.divisionId(), period, user.personId());
        Set<String> rolledUp = forecasts.latest(user.divisionId(), period, user.personId())
                .map(f -> f.included().stream().map(IncludedForecast::forecastId).collect(java.util.stream.Collectors.toSet()))
                .orElse(Set.of());
        return hierarchy.directReportsOf(user.personId()).stream().map(report -> {
            Forecast latest = forecasts.latestSubmitted(user.divisionId(), period, report).orElse(null);
            return new ReportStatus(report, latest, latest != null && rolledUp.contains(latest.id()));
        }).toList();
    }

    /** The forecasts of a period the caller may see, every version. */
    public List<Forecast> inPeriod(Period period, CurrentUser user) {
        Set<String> visible = visiblePeople(period, user);
        return forecasts.inPeriod(user.divisionId(), period).stream()
                .filter(f -> visible == null || visible.contains(f.ownerId())).toList();
    }

    /** Whether the caller sees this person's forecasts of the period: their own, and those of everyone below them. */
    private boolean visible(String ownerId, Period period, CurrentUser user) {
        Set<String> visible = visiblePeople(period, user);
        return visible == null || visible.contains(ownerId);
    }

    /** null: everyone in the division (the division head and sales operations). */
    private Set<String> visiblePeople(Period period, CurrentUser user) {
        if (user.hasAnyRole(Roles.DIVISION_HEAD, Roles.SALES_OPERATIONS)) {
            return null;
        }
        return org.hierarchy(user.divisionId(), period).selfAndBelow(user.personId());
    }

    private Hierarchy hierarchy(String divisionId, Period period, String personId) {
        Hierarchy hierarchy = org.hierarchy(divisionId, period);
        if (!hierarchy.contains(personId)) {
            throw new RuleViolationException("not-in-organisation", personId + " has no reporting line in " + period,
                    personId, period.code());
        }
        return hierarchy;
    }

    private Forecast change(String id, CurrentUser user, Consumer<Forecast> change) {
        Forecast forecast = forecast(id, user);
        if (!forecast.ownerId().equals(user.personId())) {
            throw new ForbiddenException("not-owner", "only the owner changes a forecast", id);
        }
        change.accept(forecast);
        return forecasts.save(forecast);
    }
}
