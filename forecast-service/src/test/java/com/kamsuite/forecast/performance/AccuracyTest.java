package com.kamsuite.forecast.performance;

import com.kamsuite.forecast.org.domain.Hierarchy;
import com.kamsuite.forecast.org.domain.OrgPerson;
import com.kamsuite.forecast.performance.domain.Accuracy;
import com.kamsuite.forecast.performance.domain.AccuracyReport;
import com.kamsuite.forecast.performance.domain.Timeliness;
import com.kamsuite.forecast.pipeline.domain.PipelineOpportunity;
import com.kamsuite.forecast.principles.domain.ForecastRules;
import com.kamsuite.forecast.principles.domain.Weighting;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.shared.domain.PeriodKind;
import com.kamsuite.forecast.submission.domain.Forecast;
import com.kamsuite.forecast.submission.domain.ForecastLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AccuracyTest {

    static final Period Q1 = new Period("2027-Q1");
    static final Instant NOW = Instant.parse("2026-12-10T00:00:00Z");
    static final ForecastRules RULES = new ForecastRules(PeriodKind.QUARTER, 4, List.of("05", "06", "07"),
            Weighting.STAGE_PROBABILITY, List.of(), List.of(), null, "CNY", 5, Map.of(), "Asia/Shanghai", 0);

    @Test
    void accuracyIsOneMinusTheRelativeErrorAndNeverNegative() {
        assertThat(Accuracy.of(new BigDecimal("800.00"), new BigDecimal("1000.00")).accuracyPercent()).isEqualByComparingTo("80.00");
        assertThat(Accuracy.of(new BigDecimal("1200.00"), new BigDecimal("1000.00")).accuracyPercent()).isEqualByComparingTo("80.00");
        assertThat(Accuracy.of(new BigDecimal("1200.00"), new BigDecimal("1000.00")).biasPercent()).isEqualByComparingTo("20.00");
        assertThat(Accuracy.of(new BigDecimal("3000.00"), new BigDecimal("1000.00")).accuracyPercent()).isEqualByComparingTo("0");
        assertThat(Accuracy.of(new BigDecimal("800.00"), new BigDecimal("1000.00")).variance()).isEqualByComparingTo("200.00");
    }

    @Test
    void withNothingWonOnlyAForecastOfNothingIsAccurate() {
        assertThat(Accuracy.of(BigDecimal.ZERO, BigDecimal.ZERO).accuracyPercent()).isEqualByComparingTo("100");
        assertThat(Accuracy.of(BigDecimal.TEN, BigDecimal.ZERO).accuracyPercent()).isEqualByComparingTo("0");
        assertThat(Accuracy.of(BigDecimal.TEN, BigDecimal.ZERO).biasPercent()).isNull();
    }

    @Test
    void personsAreMeasuredOnTheirOwnLinesTeamsOnTheirRollUpAndTheDivisionOnEverything() {
        Hierarchy hierarchy = Hierarchy.in(List.of(person("head", null), person("mgr", "head"), person("am1", "mgr"),
                person("am2", "mgr")), Q1.start(), Q1.end());
        Forecast am1 = submitted("f-am1", "am1", "mgr", List.of(line("o1", "am1", "80", "1000.00")), List.of());
        Forecast mgr = submitted("f-mgr", "mgr", "head", List.of(line("o2", "mgr", "50", "400.00")), List.of(am1));
        Forecast head = submitted("f-head", "head", null, List.of(), List.of(mgr));
        List<PipelineOpportunity> won = List.of(won("o1", "am1", "1000.00", "CNY"), won("o3", "am2", "500.00", "CNY"),
                won("o4", "am2", "999.00", "USD"));

        var rows = AccuracyReport.compute(hierarchy, Map.of("am1", am1, "mgr", mgr, "head", head), Optional.of(head), won, "CNY");

        assertThat(find(rows, AccuracyReport.Level.PERSON, "am1").accuracy().accuracyPercent()).isEqualByComparingTo("80.00");
        assertThat(find(rows, AccuracyReport.Level.PERSON, "am2").accuracy().forecast()).isEqualByComparingTo("0");
        assertThat(find(rows, AccuracyReport.Level.PERSON, "am2").accuracy().actual()).isEqualByComparingTo("500.00");
        assertThat(find(rows, AccuracyReport.Level.PERSON, "mgr").accuracy().forecast()).isEqualByComparingTo("200.00");
        var team = find(rows, AccuracyReport.Level.TEAM, "mgr").accuracy();
        assertThat(team.forecast()).isEqualByComparingTo("1000.00");
        assertThat(team.actual()).isEqualByComparingTo("1500.00");
        assertThat(team.accuracyPercent()).isEqualByComparingTo("66.67");
        assertThat(find(rows, AccuracyReport.Level.DIVISION, "head").accuracy().actual()).isEqualByComparingTo("1500.00");
        assertThat(rows).noneMatch(r -> r.level() == AccuracyReport.Level.TEAM && r.personId().equals("am1"));
    }

    @Test
    void timelinessCountsTheWholeDeadlineDayInTheDivisionsZone() {
        LocalDate deadline = LocalDate.parse("2026-12-27");
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant lastMinute = Instant.parse("2026-12-27T15:59:00Z");
        Instant nextDay = Instant.parse("2026-12-27T16:00:00Z");

        assertThat(Timeliness.of(deadline, shanghai, lastMinute, nextDay)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(deadline, shanghai, nextDay, nextDay)).isEqualTo(Timeliness.LATE);
        assertThat(Timeliness.of(deadline, shanghai, null, lastMinute)).isEqualTo(Timeliness.PENDING);
        assertThat(Timeliness.of(deadline, shanghai, null, nextDay)).isEqualTo(Timeliness.MISSING);
    }

    private static AccuracyReport.Row find(List<AccuracyReport.Row> rows, AccuracyReport.Level level, String person) {
        return rows.stream().filter(r -> r.level() == level && r.personId().equals(person)).findFirst().orElseThrow();
    }

    private static OrgPerson person(String id, String superior) {
        return new OrgPerson(id, id, List.of(new OrgPerson.Line(superior, List.of("ACCOUNT_MANAGER"), LocalDate.parse("2026-01-01"), null)));
    }

    private static ForecastLine line(String id, String owner, String probability, String amount) {
        return ForecastLine.of(new PipelineOpportunity(id, "c", id, owner, "06", new BigDecimal(probability),
                new BigDecimal(amount), "CNY", LocalDate.parse("2027-02-01"), List.of(), true, PipelineOpportunity.Status.OPEN,
                null), RULES);
    }

    private static Forecast submitted(String id, String owner, String superior, List<ForecastLine> own, List<Forecast> below) {
        Forecast forecast = Forecast.draft(id, "div", Q1, owner, 1, null, null, "CNY", Weighting.STAGE_PROBABILITY, own, below,
                List.of(), NOW);
        forecast.submit(superior, owner, NOW);
        return forecast;
    }

    private static PipelineOpportunity won(String id, String owner, String amount, String currency) {
        return new PipelineOpportunity(id, "c", id, owner, "08", BigDecimal.valueOf(100), new BigDecimal(amount), currency,
                null, List.of(), true, PipelineOpportunity.Status.WON, LocalDate.parse("2027-02-10"));
    }
}
