package com.kamsuite.opportunity.pipeline.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Count, amount and weighted amount of a set of opportunities, one line per currency: amounts in different
 * currencies are never added up or converted.
 */
public final class PipelineTotals {

    public record Total(String currency, long count, BigDecimal amount, BigDecimal weightedAmount) {
    }

    private PipelineTotals() {
    }

    public static List<Total> of(Collection<PipelineEntry> entries) {
        Map<String, Total> byCurrency = new TreeMap<>();
        for (PipelineEntry entry : entries) {
            byCurrency.merge(entry.currency(), new Total(entry.currency(), 1, entry.amount(), entry.weightedAmount()),
                    (a, b) -> new Total(a.currency(), a.count() + b.count(), a.amount().add(b.amount()),
                            a.weightedAmount().add(b.weightedAmount())));
        }
        List<Total> totals = new ArrayList<>(byCurrency.values());
        totals.sort(Comparator.comparingLong(Total::count).reversed());
        return totals;
    }
}
