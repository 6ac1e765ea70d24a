package com.kamsuite.opportunity.funnel.domain;

import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.opportunity.opportunity.domain.FunnelRules;
import com.kamsuite.opportunity.opportunity.domain.StageGate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A division's funnel configuration (O2), set by sales operations: stage probabilities and stage gates. One per
 * division (its id is the division id); a division that never configured its funnel uses {@link FunnelRules#DEFAULT}.
 * Every reconfiguration is kept with who and when.
 */
public class FunnelSettings extends AggregateRoot {

    private String id;
    private String divisionId;
    private List<BigDecimal> probabilities = new ArrayList<>();
    private List<StageGate> gates = new ArrayList<>();
    private List<Change> changes = new ArrayList<>();
    private Benchmarks benchmarks;
    private List<BenchmarkChange> benchmarkChanges = new ArrayList<>();

    /** One change of the funnel benchmarks: what they became, by whom, when. */
    public record BenchmarkChange(Instant at, String by, Benchmarks benchmarks) {
    }

    /** One reconfiguration: the rules it set, by whom, when. */
    public record Change(Instant at, String by, List<BigDecimal> probabilities, List<StageGate> gates) {
    }

    private FunnelSettings() {
    }

    public static FunnelSettings defaults(String divisionId) {
        FunnelSettings settings = new FunnelSettings();
        settings.id = divisionId;
        settings.divisionId = divisionId;
        settings.apply(FunnelRules.DEFAULT);
        return settings;
    }

    public void reconfigure(FunnelRules rules, String by, Instant now) {
        apply(rules);
        changes.add(new Change(now, by, List.copyOf(probabilities), List.copyOf(gates)));
    }

    private void apply(FunnelRules rules) {
        probabilities = new ArrayList<>(rules.probabilities());
        gates = new ArrayList<>(rules.gates().stream().sorted().toList());
    }

    /** Sales operations set the benchmarks funnel health compares with (O6); the old ones stay in the history. */
    public void setBenchmarks(Benchmarks newBenchmarks, String by, Instant now) {
        benchmarks = newBenchmarks;
        benchmarkChanges.add(new BenchmarkChange(now, by, newBenchmarks));
    }

    public Optional<Benchmarks> benchmarks() {
        return Optional.ofNullable(benchmarks);
    }

    public List<BenchmarkChange> benchmarkChanges() {
        return List.copyOf(benchmarkChanges);
    }

    public FunnelRules rules() {
        return new FunnelRules(probabilities, Set.copyOf(gates));
    }

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }
}
