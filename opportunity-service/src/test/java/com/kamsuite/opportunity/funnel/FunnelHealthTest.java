package com.kamsuite.opportunity.funnel;

import com.kamsuite.opportunity.funnel.domain.Benchmarks;
import com.kamsuite.opportunity.funnel.domain.FunnelHealth;
import com.kamsuite.opportunity.funnel.domain.FunnelHealth.Rating;
import com.kamsuite.opportunity.funnel.domain.StageBenchmark;
import com.kamsuite.opportunity.opportunity.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O6: ratio to the benchmark per stage, and its rating. */
class FunnelHealthTest {

    @Test
    void aboveOneHundredPercentIsExcellentSeventyToOneHundredGoodBelowSeventyAWarning() {
        BigDecimal benchmark = new BigDecimal("1000");
        assertThat(FunnelHealth.rate(new BigDecimal("1001"), benchmark)).isEqualTo(Rating.EXCELLENT);
        assertThat(FunnelHealth.rate(new BigDecimal("1000"), benchmark)).isEqualTo(Rating.GOOD);
        assertThat(FunnelHealth.rate(new BigDecimal("700"), benchmark)).isEqualTo(Rating.GOOD);
        assertThat(FunnelHealth.rate(new BigDecimal("699"), benchmark)).isEqualTo(Rating.WARNING);
    }

    @Test
    void theRatingIsDecidedOnTheExactRatioAndOnlyTheDisplayedRatioIsRounded() {
        Benchmarks benchmarks = new Benchmarks("CNY", List.of(new StageBenchmark("01", 1, new BigDecimal("10000")),
                new StageBenchmark("02", 1, new BigDecimal("10000"))), List.of());
        List<FunnelHealth.Entry> open = List.of(entry("01", "6996", "CNY"), entry("02", "10004", "CNY"));

        List<FunnelHealth.StageHealth> health = FunnelHealth.assess(open, "CNY", benchmarks::forDivision);

        FunnelHealth.Measure almostSeventy = health.get(0).amount();
        assertThat(almostSeventy.ratioPercent()).isEqualByComparingTo("70.0");
        assertThat(almostSeventy.rating()).as("69.96 %% is below 70 %%").isEqualTo(Rating.WARNING);
        FunnelHealth.Measure justAbove = health.get(1).amount();
        assertThat(justAbove.ratioPercent()).isEqualByComparingTo("100.0");
        assertThat(justAbove.rating()).as("100.04 %% is above 100 %%").isEqualTo(Rating.EXCELLENT);
    }

    @Test
    void eachStageComparesItsCountAndAmountWithItsBenchmark() {
        Benchmarks benchmarks = new Benchmarks("CNY", List.of(new StageBenchmark("01", 3, new BigDecimal("1000")),
                new StageBenchmark("02", 2, new BigDecimal("3000"))), List.of());
        List<FunnelHealth.Entry> open = List.of(entry("01", "600", "CNY"), entry("01", "600", "CNY"), entry("01", "50", "USD"),
                entry("02", "1000", "CNY"));

        List<FunnelHealth.StageHealth> health = FunnelHealth.assess(open, "CNY", benchmarks::forDivision);

        assertThat(health).hasSize(7);
        FunnelHealth.StageHealth first = health.get(0);
        assertThat(first.count().ratioPercent()).isEqualByComparingTo("100.0");
        assertThat(first.count().rating()).isEqualTo(Rating.GOOD);
        assertThat(first.amount().actual()).isEqualByComparingTo("1200");
        assertThat(first.amount().ratioPercent()).isEqualByComparingTo("120.0");
        assertThat(first.amount().rating()).isEqualTo(Rating.EXCELLENT);
        assertThat(first.otherCurrencyCount()).isEqualTo(1);
        assertThat(health.get(1).amount().ratioPercent()).isEqualByComparingTo("33.3");
        assertThat(health.get(1).amount().rating()).isEqualTo(Rating.WARNING);
        assertThat(health.get(2).count().rating()).isEqualTo(Rating.NO_BENCHMARK);
    }

    @Test
    void aTeamsBenchmarkIsThePerOwnerOneTimesItsSize() {
        StageBenchmark team = FunnelHealth.scaled(new StageBenchmark("03", 4, new BigDecimal("2500000")), 3);

        assertThat(team.count()).isEqualTo(12);
        assertThat(team.amount()).isEqualByComparingTo("7500000");
        assertThat(FunnelHealth.assess(List.of(), "CNY", stage -> Optional.of(team)).get(0).count().rating()).isEqualTo(Rating.WARNING);
    }

    @Test
    void benchmarksAreForOpenStagesOnceEach() {
        assertThatThrownBy(() -> new StageBenchmark("08", 1, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Benchmarks("CNY", List.of(new StageBenchmark("01", 1, BigDecimal.ONE),
                new StageBenchmark("01", 2, BigDecimal.ONE)), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static FunnelHealth.Entry entry(String stage, String amount, String currency) {
        return new FunnelHealth.Entry(stage, new Money(new BigDecimal(amount), currency));
    }
}
