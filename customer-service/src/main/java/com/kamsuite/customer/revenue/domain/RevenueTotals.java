package com.kamsuite.customer.revenue.domain;

import com.kamsuite.customer.common.domain.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Won revenue and open pipeline, one amount per currency (the suite converts no currencies). */
public record RevenueTotals(List<Money> won, List<Money> openPipeline) {

    public static final RevenueTotals NONE = new RevenueTotals(List.of(), List.of());

    public RevenueTotals {
        won = List.copyOf(won);
        openPipeline = List.copyOf(openPipeline);
    }

    public static RevenueTotals of(List<OpportunityLine> lines) {
        Map<String, BigDecimal> won = new TreeMap<>();
        Map<String, BigDecimal> open = new TreeMap<>();
        for (OpportunityLine line : lines) {
            switch (line.status()) {
                case WON -> won.merge(line.currency(), line.amount(), BigDecimal::add);
                case OPEN -> open.merge(line.currency(), line.amount(), BigDecimal::add);
                case LOST -> { }
            }
        }
        return new RevenueTotals(moneyOf(won), moneyOf(open));
    }

    public RevenueTotals plus(RevenueTotals other) {
        return new RevenueTotals(add(won, other.won), add(openPipeline, other.openPipeline));
    }

    private static List<Money> add(List<Money> a, List<Money> b) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        a.forEach(m -> sums.merge(m.currency(), m.amount(), BigDecimal::add));
        b.forEach(m -> sums.merge(m.currency(), m.amount(), BigDecimal::add));
        return moneyOf(sums);
    }

    private static List<Money> moneyOf(Map<String, BigDecimal> sums) {
        return sums.entrySet().stream().map(e -> new Money(e.getValue(), e.getKey())).toList();
    }
}
