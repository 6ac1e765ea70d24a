package com.kamsuite.forecast.division.application;

import com.kamsuite.forecast.division.domain.ChannelComparison;
import com.kamsuite.forecast.division.domain.DivisionForecast;
import com.kamsuite.forecast.division.domain.PartnerForecast;
import com.kamsuite.forecast.division.domain.PartnerLine;
import com.kamsuite.forecast.division.persistence.DivisionForecastRepository;
import com.kamsuite.forecast.division.persistence.PartnerForecastRepository;
import com.kamsuite.forecast.org.domain.Hierarchy;
import com.kamsuite.forecast.org.persistence.OrgReplica;
import com.kamsuite.forecast.principles.application.Principles;
import com.kamsuite.forecast.principles.domain.ForecastRules;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.submission.domain.Forecast;
import com.kamsuite.forecast.submission.persistence.ForecastRepository;
import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * F4: channel partners' forecasts, their comparison with the division's direct roll-up, and the finalisation of the
 * division forecast by the division head, published to production planning through the outbox.
 */
@Service
public class DivisionForecasts {

    private final PartnerForecastRepository partnerForecasts;
    private final DivisionForecastRepository divisionForecasts;
    private final ForecastRepository forecasts;
    private final OrgReplica org;
    private final Principles principles;
    private final Clock clock;

    public DivisionForecasts(PartnerForecastRepository partnerForecasts, DivisionForecastRepository divisionForecasts,
                             ForecastRepository forecasts, OrgReplica org, Principles principles, Clock clock) {
        this.partnerForecasts = partnerForecasts;
        this.divisionForecasts = divisionForecasts;
        this.forecasts = forecasts;
        this.org = org;
        this.principles = principles;
        this.clock = clock;
    }

    /** A partner submits its own forecast (the partner id comes from its token, never from the request). */
    public PartnerForecast submitPartnerForecast(Period period, String currency, List<PartnerLine> lines, String reason,
                                                 CurrentUser user) {
        String partnerId = requirePartner(user);
        ForecastRules rules = principles.requireForecastable(user.divisionId(), period);
        if (!rules.currency().equals(currency)) {
            throw new RuleViolationException("wrong-currency", "forecasts are in " + rules.currency(), currency, rules.currency());
        }
        int version = partnerForecasts.versions(user.divisionId(), period, partnerId).size() + 1;
        return partnerForecasts.save(PartnerForecast.submit("pf-" + UUID.randomUUID(), user.divisionId(), partnerId, period,
                version, currency, lines, reason, clock.instant()));
    }

    public List<PartnerForecast> ownPartnerForecasts(Period period, CurrentUser user) {
        return partnerForecasts.versions(user.divisionId(), period, requirePartner(user));
    }

    /** The division's direct roll-up against the latest forecast of each partner. */
    public Comparison comparison(Period period, CurrentUser user) {
        Forecast rollUp = divisionRollUp(period, user.divisionId())
                .orElseThrow(() -> new RuleViolationException("no-division-rollup", "no submitted division forecast of " + period, period.code()));
        List<PartnerForecast> partners = partnerForecasts.latestInPeriod(user.divisionId(), period);
        return new Comparison(rollUp, ChannelComparison.compare(rollUp.lines(), partners));
    }

    public record Comparison(Forecast rollUp, ChannelComparison.Result result) {
    }

    /**
     * The division head finalises from their own submitted top-level forecast of the period, including the latest
     * forecasts of the partners named, and publishes the next version.
     */
    public DivisionForecast finalise(Period period, List<String> includePartnerIds, String note, CurrentUser user) {
        Forecast source = forecasts.latestSubmitted(user.divisionId(), period, user.personId())
                .filter(f -> f.submittedTo() == null)
                .orElseThrow(() -> new RuleViolationException("no-division-rollup", "no submitted division forecast of " + period, period.code()));
        Map<String, PartnerForecast> latest = partnerForecasts.latestInPeriod(user.divisionId(), period).stream()
                .collect(Collectors.toMap(PartnerForecast::partnerId, Function.identity()));
        List<PartnerForecast> included = new ArrayList<>();
        for (String partnerId : includePartnerIds.stream().distinct().sorted().toList()) {
            PartnerForecast partner = latest.get(partnerId);
            if (partner == null) {
                throw new RuleViolationException("unknown-partner-forecast", "no forecast of " + partnerId + " for " + period,
                        partnerId, period.code());
            }
            included.add(partner);
        }
        DivisionForecast division = divisionForecasts.find(user.divisionId(), period)
                .orElseGet(() -> DivisionForecast.of(user.divisionId(), period));
        division.finalise(source, included, note, user.personId(), clock.instant());
        return divisionForecasts.save(division);
    }

    public DivisionForecast published(Period period, CurrentUser user) {
        return divisionForecasts.find(user.divisionId(), period)
                .orElseThrow(() -> new NotFoundException("division-forecast", period.code()));
    }

    /** The latest submitted forecast of the period that went to the division (submitted by someone with no superior). */
    public Optional<Forecast> divisionRollUp(Period period, String divisionId) {
        Hierarchy hierarchy = org.hierarchy(divisionId, period);
        return hierarchy.forecasters().stream().filter(person -> hierarchy.superiorOf(person).isEmpty())
                .map(head -> forecasts.latestSubmitted(divisionId, period, head)).flatMap(Optional::stream)
                .filter(f -> f.submittedTo() == null)
                .max(Comparator.comparing(Forecast::submittedAt));
    }

    private static String requirePartner(CurrentUser user) {
        if (!user.isPartner()) {
            throw new ForbiddenException("forbidden", "only channel partners use the partner API");
        }
        return user.partnerId();
    }
}
