package com.kamsuite.forecast.principles.application;

import com.kamsuite.forecast.principles.domain.ForecastPrinciples;
import com.kamsuite.forecast.principles.domain.ForecastRules;
import com.kamsuite.forecast.principles.persistence.PrinciplesRepository;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** F1: the forecast principles of the caller's division. */
@Service
public class Principles {

    private final PrinciplesRepository repository;
    private final Clock clock;

    public Principles(PrinciplesRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public ForecastPrinciples set(ForecastRules rules, String reason, CurrentUser user) {
        Optional<ForecastPrinciples> existing = repository.of(user.divisionId());
        if (existing.isPresent()) {
            existing.get().change(rules, user.personId(), reason, clock.instant());
            return repository.save(existing.get());
        }
        try {
            return repository.save(ForecastPrinciples.define(user.divisionId(), rules, user.personId(), reason, clock.instant()));
        } catch (DuplicateKeyException concurrentDefinition) {
            throw new com.kamsuite.kit.outbox.ConcurrentUpdateException("forecast principles", user.divisionId());
        }
    }

    public Optional<ForecastPrinciples> of(String divisionId) {
        return repository.of(divisionId);
    }

    /** The rules of the division; 422 {@code no-principles} until sales operations set them. */
    public ForecastRules rules(String divisionId) {
        return repository.of(divisionId).map(ForecastPrinciples::rules)
                .orElseThrow(() -> new RuleViolationException("no-principles", "no forecast principles in " + divisionId));
    }

    /** The rules of the division for a period of its kind (422 {@code wrong-period-kind} for a month in a quarterly division, …). */
    public ForecastRules rulesFor(String divisionId, Period period) {
        ForecastRules rules = rules(divisionId);
        if (period.kind() != rules.periodKind()) {
            throw new RuleViolationException("wrong-period-kind", period + " is not a " + rules.periodKind() + " period",
                    period.code(), rules.periodKind().name());
        }
        return rules;
    }

    /** A period the division forecasts now: of its kind and within its horizon (422 otherwise). */
    public ForecastRules requireForecastable(String divisionId, Period period) {
        ForecastRules rules = rules(divisionId);
        LocalDate today = LocalDate.now(clock.withZone(rules.zone()));
        if (!rules.withinHorizon(period, today)) {
            throw new RuleViolationException("outside-horizon", period + " is not forecast now", period.code(),
                    rules.periodKind().name(), rules.horizon());
        }
        return rules;
    }
}
