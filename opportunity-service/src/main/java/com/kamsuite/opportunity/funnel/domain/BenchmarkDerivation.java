package com.kamsuite.opportunity.funnel.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmarks from history (O6): per stage, the average of the snapshots for the division; per owner, that average
 * divided by the average number of owners holding open opportunities. Counts are rounded half-up to whole
 * opportunities, amounts half-up to 2 decimals. Only snapshots in the benchmarks' currency count.
 */
public final class BenchmarkDerivation {

    private BenchmarkDerivation() {
    }

    public static Benchmarks average(List<FunnelSnapshot> snapshots, String currency) {
        List<FunnelSnapshot> usable = snapshots.stream().filter(s -> s.currency().equals(currency)).toList();
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("no funnel snapshot in " + currency + " to derive benchmarks from");
        }
        BigDecimal n = BigDecimal.valueOf(usable.size());
        BigDecimal owners = BigDecimal.valueOf(usable.stream().mapToInt(FunnelSnapshot::owners).sum()).divide(n, 6, RoundingMode.HALF_UP);
        List<StageBenchmark> division = new ArrayList<>();
        List<StageBenchmark> perOwner = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String stage = "0" + i;
            BigDecimal count = BigDecimal.ZERO;
            BigDecimal amount = BigDecimal.ZERO;
            for (FunnelSnapshot snapshot : usable) {
                StageBenchmark figures = snapshot.stages().stream().filter(s -> s.stage().equals(stage)).findFirst().orElseThrow();
                count = count.add(BigDecimal.valueOf(figures.count()));
                amount = amount.add(figures.amount());
            }
            BigDecimal averageCount = count.divide(n, 6, RoundingMode.HALF_UP);
            BigDecimal averageAmount = amount.divide(n, 6, RoundingMode.HALF_UP);
            division.add(new StageBenchmark(stage, whole(averageCount), money(averageAmount)));
            if (owners.signum() > 0) {
                perOwner.add(new StageBenchmark(stage, whole(averageCount.divide(owners, 6, RoundingMode.HALF_UP)),
                        money(averageAmount.divide(owners, 6, RoundingMode.HALF_UP))));
            }
        }
        return new Benchmarks(currency, division, perOwner);
    }

    private static int whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
