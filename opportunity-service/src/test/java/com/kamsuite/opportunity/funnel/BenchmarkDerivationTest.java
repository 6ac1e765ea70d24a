package com.kamsuite.opportunity.funnel;

import com.kamsuite.opportunity.funnel.domain.BenchmarkDerivation;
import com.kamsuite.opportunity.funnel.domain.Benchmarks;
import com.kamsuite.opportunity.funnel.domain.FunnelSnapshot;
import com.kamsuite.opportunity.funnel.domain.FunnelSnapshot.Position;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O6: benchmarks from historical snapshots of the funnel. */
class BenchmarkDerivationTest {

    private static final Instant NOW = Instant.parse("2026-11-30T16:00:00Z");

    @Test
    void aSnapshotCountsTheOpenOpportunitiesPerStageInItsCurrencyAndTheirOwners() {
        FunnelSnapshot snapshot = FunnelSnapshot.take("s1", "div-power", "CNY", List.of(
                position("01", "a", "100"), position("01", "b", "50"), position("03", "a", "300"),
                new Position("01", "c", new BigDecimal("999"), "USD")), "zhao.lei", NOW);

        assertThat(snapshot.owners()).isEqualTo(2);
        assertThat(snapshot.stages()).hasSize(7);
        assertThat(snapshot.stages().get(0).count()).isEqualTo(2);
        assertThat(snapshot.stages().get(0).amount()).isEqualByComparingTo("150");
        assertThat(snapshot.stages().get(1).count()).isZero();
        assertThat(snapshot.stages().get(2).amount()).isEqualByComparingTo("300");
    }

    @Test
    void benchmarksAreTheAverageOfTheSnapshotsAndPerOwnerTheAverageDividedByTheOwners() {
        FunnelSnapshot october = FunnelSnapshot.take("s1", "div-power", "CNY", List.of(
                position("01", "a", "100"), position("01", "b", "50"), position("02", "a", "300")), "zhao.lei", NOW);
        FunnelSnapshot november = FunnelSnapshot.take("s2", "div-power", "CNY", List.of(
                position("01", "a", "100"), position("01", "b", "100"), position("01", "c", "100"), position("01", "d", "100")),
                "zhao.lei", NOW);

        Benchmarks benchmarks = BenchmarkDerivation.average(List.of(october, november), "CNY");

        assertThat(benchmarks.forDivision("01")).get().satisfies(b -> {
            assertThat(b.count()).isEqualTo(3);
            assertThat(b.amount()).isEqualByComparingTo("275.00");
        });
        assertThat(benchmarks.forDivision("02")).get().satisfies(b -> assertThat(b.count()).isEqualTo(1));
        assertThat(benchmarks.forOwner("01")).get().satisfies(b -> {
            assertThat(b.count()).isEqualTo(1);
            assertThat(b.amount()).isEqualByComparingTo("91.67");
        });
    }

    @Test
    void noSnapshotInTheCurrencyGivesNoBenchmarks() {
        FunnelSnapshot usd = FunnelSnapshot.take("s1", "div-power", "USD", List.of(), "zhao.lei", NOW);

        assertThatThrownBy(() -> BenchmarkDerivation.average(List.of(usd), "CNY")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Position position(String stage, String owner, String amount) {
        return new Position(stage, owner, new BigDecimal(amount), "CNY");
    }
}
