package com.kamsuite.opportunity.funnel.domain;

import com.kamsuite.kit.domain.AggregateRoot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The division's funnel as it stood at one moment (O6 history): count and amount of open opportunities per stage, in
 * one currency, and how many owners held them. Snapshots never change; benchmarks can be derived from them.
 */
public class FunnelSnapshot extends AggregateRoot {

    private String id;
    private String divisionId;
    private Instant takenAt;
    private String takenBy;
    private String currency;
    private int owners;
    private List<StageBenchmark> stages = new ArrayList<>();

    private FunnelSnapshot() {
    }

    /** What an open opportunity contributes to a snapshot. */
    public record Position(String stage, String ownerId, BigDecimal amount, String currency) {
    }

    public static FunnelSnapshot take(String id, String divisionId, String currency, List<Position> open, String by, Instant now) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (int stage = 1; stage <= 7; stage++) {
            counts.put("0" + stage, new int[1]);
            amounts.put("0" + stage, BigDecimal.ZERO);
        }
        open.stream().filter(p -> currency.equals(p.currency()) && counts.containsKey(p.stage())).forEach(p -> {
            counts.get(p.stage())[0]++;
            amounts.merge(p.stage(), p.amount(), BigDecimal::add);
        });
        FunnelSnapshot snapshot = new FunnelSnapshot();
        snapshot.id = id;
        snapshot.divisionId = divisionId;
        snapshot.takenAt = now;
        snapshot.takenBy = by;
        snapshot.currency = currency;
        snapshot.owners = (int) open.stream().filter(p -> currency.equals(p.currency())).map(Position::ownerId).distinct().count();
        counts.forEach((stage, count) -> snapshot.stages.add(new StageBenchmark(stage, count[0], amounts.get(stage))));
        return snapshot;
    }

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public String takenBy() {
        return takenBy;
    }

    public String currency() {
        return currency;
    }

    public int owners() {
        return owners;
    }

    /** Per open stage, what the funnel held (the shape of a benchmark). */
    public List<StageBenchmark> stages() {
        return List.copyOf(stages);
    }
}
