package com.kamsuite.forecast.performance.domain;

import com.kamsuite.forecast.org.domain.Hierarchy;
import com.kamsuite.forecast.pipeline.domain.PipelineOpportunity;
import com.kamsuite.forecast.shared.domain.Money;
import com.kamsuite.forecast.submission.domain.Forecast;
import com.kamsuite.forecast.submission.domain.ForecastLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * F6 per person, team and division for one period. The forecast is each person's latest submitted version; the actual
 * is what was won in the period (in the forecast currency), credited to the primary owner at the win.
 * <ul>
 * <li>PERSON: the weighted amount of the person's own lines against their own wins;</li>
 * <li>TEAM (people with reports): their forecast amount (roll-up with adjustments) against the wins of the person and
 * everyone below them;</li>
 * <li>DIVISION: the division-level roll-up against every win of the division.</li>
 * </ul>
 */
public final class AccuracyReport {

    public enum Level {
        PERSON, TEAM, DIVISION
    }

    public record Row(Level level, String personId, String forecastId, Integer forecastVersion, Accuracy accuracy) {
    }

    private AccuracyReport() {
    }

    public static List<Row> compute(Hierarchy hierarchy, Map<String, Forecast> latestSubmitted, Optional<Forecast> division,
                                    List<PipelineOpportunity> won, String currency) {
        List<PipelineOpportunity> wins = won.stream().filter(o -> currency.equals(o.currency())).toList();
        Set<String> people = new TreeSet<>(latestSubmitted.keySet());
        wins.forEach(o -> people.add(o.ownerId()));
        List<Row> rows = new ArrayList<>();
        for (String person : people) {
            Forecast forecast = latestSubmitted.get(person);
            BigDecimal own = forecast == null ? Money.ZERO : forecast.lines().stream().filter(ForecastLine::isOwn)
                    .map(ForecastLine::weightedAmount).reduce(Money.ZERO, BigDecimal::add);
            rows.add(row(Level.PERSON, person, forecast, own, wonBy(wins, Set.of(person))));
        }
        for (String person : people) {
            Set<String> team = new TreeSet<>(hierarchy.allBelow(person));
            if (!team.isEmpty()) {
                team.add(person);
                Forecast forecast = latestSubmitted.get(person);
                rows.add(row(Level.TEAM, person, forecast, forecast == null ? Money.ZERO : forecast.forecastAmount(),
                        wonBy(wins, team)));
            }
        }
        division.ifPresent(f -> rows.add(row(Level.DIVISION, f.ownerId(), f, f.forecastAmount(),
                wins.stream().map(PipelineOpportunity::amount).reduce(Money.ZERO, BigDecimal::add))));
        return rows;
    }

    private static Row row(Level level, String person, Forecast forecast, BigDecimal forecastAmount, BigDecimal actual) {
        return new Row(level, person, forecast == null ? null : forecast.id(), forecast == null ? null : forecast.versionNumber(),
                Accuracy.of(forecastAmount, Money.round(actual)));
    }

    private static BigDecimal wonBy(List<PipelineOpportunity> wins, Collection<String> people) {
        return wins.stream().filter(o -> people.contains(o.ownerId())).map(PipelineOpportunity::amount)
                .reduce(Money.ZERO, BigDecimal::add);
    }
}
