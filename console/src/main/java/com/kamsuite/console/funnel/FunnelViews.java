package com.kamsuite.console.funnel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Funnel health and settings as opportunity-service answers them. */
public final class FunnelViews {

    private FunnelViews() {
    }

    public record Measure(BigDecimal actual, BigDecimal benchmark, BigDecimal ratioPercent, String rating) {
    }

    public record StageHealth(String stage, Measure count, Measure amount, int otherCurrencyCount) {
    }

    public record Report(String scope, String personId, List<String> owners, String currency, boolean benchmarksSet,
                         List<StageHealth> stages) {

        public Report {
            owners = owners == null ? List.of() : owners;
            stages = stages == null ? List.of() : stages;
        }
    }

    public record StageSetting(String stage, String task, BigDecimal probability) {
    }

    public record StageBenchmark(String stage, int count, BigDecimal amount) {
    }

    public record Benchmarks(String currency, List<StageBenchmark> division, List<StageBenchmark> perOwner) {

        public Benchmarks {
            division = division == null ? List.of() : division;
            perOwner = perOwner == null ? List.of() : perOwner;
        }

        public StageBenchmark divisionOf(String stage) {
            return division.stream().filter(b -> b.stage().equals(stage)).findFirst().orElse(null);
        }

        public StageBenchmark perOwnerOf(String stage) {
            return perOwner.stream().filter(b -> b.stage().equals(stage)).findFirst().orElse(null);
        }
    }

    public record SettingsChange(Instant at, String by, List<BigDecimal> probabilities, List<String> gates) {
    }

    public record Settings(List<StageSetting> stages, List<String> gates, List<SettingsChange> changes, Benchmarks benchmarks) {

        public Settings {
            stages = stages == null ? List.of() : stages;
            gates = gates == null ? List.of() : gates;
            changes = changes == null ? List.of() : changes;
        }

        public BigDecimal probabilityOf(String stage) {
            return stages.stream().filter(s -> s.stage().equals(stage)).findFirst().map(StageSetting::probability).orElse(null);
        }
    }
}
