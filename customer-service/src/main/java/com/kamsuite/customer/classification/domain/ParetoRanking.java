package com.kamsuite.customer.classification.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pareto ranking of a division's accounts by revenue: the accounts that together make up the first 80% of the
 * revenue (the smallest such set, largest first) are the top group, the "20% that bring 80%".
 */
public final class ParetoRanking {

    private static final BigDecimal TOP_SHARE = new BigDecimal("0.80");

    private final Map<String, Position> positions = new HashMap<>();
    private final int ranked;
    private final BigDecimal largest;

    public record Position(int rank, boolean top80, BigDecimal shareBefore) {
    }

    public ParetoRanking(Map<String, BigDecimal> revenueByAccount) {
        List<Map.Entry<String, BigDecimal>> entries = new ArrayList<>(revenueByAccount.entrySet());
        entries.removeIf(entry -> entry.getValue().signum() <= 0);
        entries.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        BigDecimal total = entries.stream().map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cumulative = BigDecimal.ZERO;
        int rank = 0;
        for (Map.Entry<String, BigDecimal> entry : entries) {
            BigDecimal shareBefore = cumulative.divide(total, 4, RoundingMode.HALF_EVEN);
            positions.put(entry.getKey(), new Position(++rank, shareBefore.compareTo(TOP_SHARE) < 0, shareBefore));
            cumulative = cumulative.add(entry.getValue());
        }
        this.ranked = entries.size();
        this.largest = entries.isEmpty() ? BigDecimal.ZERO : entries.get(0).getValue();
    }

    /** The position of an account, or empty when it had no revenue. */
    public java.util.Optional<Position> positionOf(String account) {
        return java.util.Optional.ofNullable(positions.get(account));
    }

    public int ranked() {
        return ranked;
    }

    public BigDecimal largest() {
        return largest;
    }
}
