package com.kamsuite.opportunity.funnel.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The funnel benchmarks of a division (O6), set by sales operations: per stage for the whole division, and per stage
 * for one owner (a team's benchmark is the per-owner one times the number of owners in the team).
 */
public record Benchmarks(String currency, List<StageBenchmark> division, List<StageBenchmark> perOwner) {

    public Benchmarks {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("benchmarks are in one currency, an ISO 4217 code");
        }
        division = unique(division);
        perOwner = unique(perOwner);
    }

    public Optional<StageBenchmark> forDivision(String stage) {
        return division.stream().filter(b -> b.stage().equals(stage)).findFirst();
    }

    public Optional<StageBenchmark> forOwner(String stage) {
        return perOwner.stream().filter(b -> b.stage().equals(stage)).findFirst();
    }

    private static List<StageBenchmark> unique(List<StageBenchmark> benchmarks) {
        List<StageBenchmark> list = benchmarks == null ? List.of() : List.copyOf(benchmarks);
        Set<String> stages = new HashSet<>();
        for (StageBenchmark benchmark : list) {
            if (!stages.add(benchmark.stage())) {
                throw new IllegalArgumentException("one benchmark per stage; stage " + benchmark.stage() + " twice");
            }
        }
        return list;
    }
}
