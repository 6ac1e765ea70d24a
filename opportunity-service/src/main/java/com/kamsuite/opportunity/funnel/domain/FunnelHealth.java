package com.kamsuite.opportunity.funnel.domain;

import com.kamsuite.opportunity.opportunity.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Funnel health (O6): for each open stage, the current count and amount of open opportunities against the benchmark
 * for that stage, as a ratio in percent and a rating: above 100 % excellent, 70–100 % good (watch it), below 70 %
 * warning. The rating is decided on the exact ratio (69.96 % is a warning, 100.04 % excellent); the ratio is rounded
 * (half-up, one decimal) for display only. Amounts in another currency than the benchmarks' are not converted: they are left out
 * of the amount and counted apart.
 */
public final class FunnelHealth {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal GOOD_FROM = BigDecimal.valueOf(70);

    public enum Rating { EXCELLENT, GOOD, WARNING, NO_BENCHMARK }

    /** An open opportunity as the health check sees it. */
    public record Entry(String stage, Money amount) {
    }

    public record Measure(BigDecimal actual, BigDecimal benchmark, BigDecimal ratioPercent, Rating rating) {
    }

    public record StageHealth(String stage, Measure count, Measure amount, int otherCurrencyCount) {
    }

    private FunnelHealth() {
    }

    /**
     * @param benchmarkOf the benchmark of a stage for the scope looked at (already scaled to a team's size), if any
     */
    public static List<StageHealth> assess(List<Entry> open, String currency, Function<String, Optional<StageBenchmark>> benchmarkOf) {
        Map<String, List<Entry>> byStage = new TreeMap<>();
        for (int stage = 1; stage <= 7; stage++) {
            byStage.put("0" + stage, new ArrayList<>());
        }
        open.forEach(entry -> byStage.computeIfPresent(entry.stage(), (stage, list) -> {
            list.add(entry);
            return list;
        }));
        List<StageHealth> result = new ArrayList<>();
        byStage.forEach((stage, entries) -> {
            BigDecimal amount = entries.stream().filter(e -> e.amount().currency().equals(currency))
                    .map(e -> e.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            int other = (int) entries.stream().filter(e -> !e.amount().currency().equals(currency)).count();
            Optional<StageBenchmark> benchmark = benchmarkOf.apply(stage);
            result.add(new StageHealth(stage,
                    measure(BigDecimal.valueOf(entries.size()), benchmark.map(b -> BigDecimal.valueOf(b.count()))),
                    measure(amount, benchmark.map(StageBenchmark::amount)), other));
        });
        return result;
    }

    /** The rating of {@code actual} against a positive {@code benchmark}, compared exactly (never on a rounded ratio). */
    public static Rating rate(BigDecimal actual, BigDecimal benchmark) {
        if (benchmark.signum() <= 0) {
            throw new IllegalArgumentException("a benchmark to rate against is positive");
        }
        BigDecimal percentTimesBenchmark = actual.multiply(HUNDRED);
        if (percentTimesBenchmark.compareTo(benchmark.multiply(HUNDRED)) > 0) {
            return Rating.EXCELLENT;
        }
        return percentTimesBenchmark.compareTo(benchmark.multiply(GOOD_FROM)) >= 0 ? Rating.GOOD : Rating.WARNING;
    }

    /** A benchmark for {@code owners} people: the per-owner benchmark times their number. */
    public static StageBenchmark scaled(StageBenchmark perOwner, int owners) {
        return new StageBenchmark(perOwner.stage(), perOwner.count() * owners,
                perOwner.amount().multiply(BigDecimal.valueOf(owners)));
    }

    private static Measure measure(BigDecimal actual, Optional<BigDecimal> benchmark) {
        if (benchmark.isEmpty() || benchmark.get().signum() == 0) {
            return new Measure(actual, benchmark.orElse(null), null, Rating.NO_BENCHMARK);
        }
        BigDecimal displayedRatio = actual.multiply(HUNDRED).divide(benchmark.get(), 1, RoundingMode.HALF_UP);
        return new Measure(actual, benchmark.get(), displayedRatio, rate(actual, benchmark.get()));
    }
}
