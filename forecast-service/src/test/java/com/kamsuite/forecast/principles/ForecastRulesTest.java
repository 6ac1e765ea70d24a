package com.kamsuite.forecast.principles;

import com.kamsuite.forecast.principles.domain.Category;
import com.kamsuite.forecast.principles.domain.ForecastRules;
import com.kamsuite.forecast.principles.domain.Weighting;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.forecast.shared.domain.PeriodKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForecastRulesTest {

    static ForecastRules rules(Weighting weighting) {
        return new ForecastRules(PeriodKind.QUARTER, 4, List.of("04", "05", "06", "07"), weighting, List.of("06", "07"),
                List.of("05"), new BigDecimal("50"), "CNY", 5, Map.of("2027-Q2", LocalDate.parse("2027-03-20")), "Asia/Shanghai", 0);
    }

    @Test
    void stageProbabilityWeightingCountsTheProbabilityOfTheStage() {
        var weight = rules(Weighting.STAGE_PROBABILITY).weigh("05", new BigDecimal("60"));

        assertThat(weight.percent()).isEqualByComparingTo("60");
        assertThat(weight.category()).isEqualTo(Category.BEST_CASE);
    }

    @Test
    void categoryWeightingCountsCommitInFullBestCaseAtItsPercentageAndTheRestNotAtAll() {
        ForecastRules rules = rules(Weighting.CATEGORY);

        assertThat(rules.weigh("07", new BigDecimal("90")).percent()).isEqualByComparingTo("100");
        assertThat(rules.weigh("05", new BigDecimal("60")).percent()).isEqualByComparingTo("50");
        assertThat(rules.weigh("04", new BigDecimal("40")).percent()).isEqualByComparingTo("0");
        assertThat(rules.weigh("04", new BigDecimal("40")).category()).isEqualTo(Category.PIPELINE);
    }

    @Test
    void theDeadlineIsDaysBeforeTheStartUnlessThePeriodHasItsOwn() {
        ForecastRules rules = rules(Weighting.STAGE_PROBABILITY);

        assertThat(rules.deadlineOf(new Period("2027-Q1"))).isEqualTo(LocalDate.parse("2026-12-27"));
        assertThat(rules.deadlineOf(new Period("2027-Q2"))).isEqualTo(LocalDate.parse("2027-03-20"));
    }

    @Test
    void eachLevelAboveTheAccountManagersGetsItsGraceDays() {
        ForecastRules rules = new ForecastRules(PeriodKind.QUARTER, 4, List.of("05"), Weighting.STAGE_PROBABILITY, List.of(),
                List.of(), null, "CNY", 5, Map.of(), "Asia/Shanghai", 2);

        assertThat(rules.deadlineOf(new Period("2027-Q1"), 0)).isEqualTo(LocalDate.parse("2026-12-27"));
        assertThat(rules.deadlineOf(new Period("2027-Q1"), 2)).isEqualTo(LocalDate.parse("2026-12-31"));
    }

    @Test
    void theHorizonRunsFromTheCurrentPeriodAndOnlyOverPeriodsOfTheDivisionsKind() {
        ForecastRules rules = rules(Weighting.STAGE_PROBABILITY);
        LocalDate today = LocalDate.parse("2026-12-03");

        assertThat(rules.withinHorizon(new Period("2026-Q4"), today)).isTrue();
        assertThat(rules.withinHorizon(new Period("2027-Q3"), today)).isTrue();
        assertThat(rules.withinHorizon(new Period("2027-Q4"), today)).isFalse();
        assertThat(rules.withinHorizon(new Period("2026-Q3"), today)).isFalse();
        assertThat(rules.withinHorizon(new Period("2027-01"), today)).isFalse();
    }

    @Test
    void commitStagesMustCountAndDifferFromBestCaseStages() {
        assertThatThrownBy(() -> new ForecastRules(PeriodKind.QUARTER, 4, List.of("05"), Weighting.CATEGORY, List.of("07"),
                List.of(), BigDecimal.TEN, "CNY", 5, Map.of(), "Asia/Shanghai", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ForecastRules(PeriodKind.QUARTER, 4, List.of("05", "06"), Weighting.CATEGORY, List.of("06"),
                List.of("06"), BigDecimal.TEN, "CNY", 5, Map.of(), "Asia/Shanghai", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ForecastRules(PeriodKind.QUARTER, 4, List.of("08"), Weighting.STAGE_PROBABILITY, List.of(),
                List.of(), null, "CNY", 5, Map.of(), "Asia/Shanghai", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeadlineOfAPeriodOfTheOtherKindIsRefused() {
        assertThatThrownBy(() -> new ForecastRules(PeriodKind.QUARTER, 4, List.of("05"), Weighting.STAGE_PROBABILITY, List.of(),
                List.of(), null, "CNY", 5, Map.of("2027-01", LocalDate.parse("2026-12-20")), "Asia/Shanghai", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownTimeZoneIsInvalidInputNotAnUnexpectedFailure() {
        // ZoneId.of throws ZoneRulesException (a DateTimeException), which the Problem Details advice answered with a 500.
        assertThatThrownBy(() -> new ForecastRules(PeriodKind.QUARTER, 4, List.of("05"), Weighting.STAGE_PROBABILITY, List.of(),
                List.of(), null, "CNY", 5, Map.of(), "Mars/Olympus", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mars/Olympus");
        assertThatThrownBy(() -> new ForecastRules(PeriodKind.QUARTER, 4, List.of("05"), Weighting.STAGE_PROBABILITY, List.of(),
                List.of(), null, "CNY", 5, Map.of(), "+99:00", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExplicitDeadlineLiesInTheSameWindowAsTheDefaultOne() {
        // A deadline in year 999999999 could not even be stored (a 500 at the save); one far from its period makes no sense.
        assertThatThrownBy(() -> new ForecastRules(PeriodKind.QUARTER, 4, List.of("05"), Weighting.STAGE_PROBABILITY, List.of(),
                List.of(), null, "CNY", 5, Map.of("2027-Q2", LocalDate.MAX), "Asia/Shanghai", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ForecastRules(PeriodKind.QUARTER, 4, List.of("05"), Weighting.STAGE_PROBABILITY, List.of(),
                List.of(), null, "CNY", 5, Map.of("2027-Q2", LocalDate.parse("2026-12-01")), "Asia/Shanghai", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ForecastRules(PeriodKind.QUARTER, 4, List.of("05"), Weighting.STAGE_PROBABILITY, List.of(),
                List.of(), null, "CNY", 5, Map.of("2027-Q2", LocalDate.parse("2027-05-02")), "Asia/Shanghai", 0)
                .deadlineOf(new Period("2027-Q2"))).isEqualTo(LocalDate.parse("2027-05-02"));
    }
}
