package com.kamsuite.opportunity.opportunity.domain;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A division's funnel rules (O2): the win probability of each open stage 01–07 in percent (not decreasing from one
 * stage to the next; 08 is 100 when won and 0 when lost) and the stage gates it has switched on.
 */
public record FunnelRules(List<BigDecimal> probabilities, Set<StageGate> gates) {

    public static final FunnelRules DEFAULT = new FunnelRules(
            List.of(pct(10), pct(20), pct(30), pct(40), pct(60), pct(80), pct(90)),
            EnumSet.of(StageGate.DECISION_MAKER_BEFORE_03, StageGate.VALUE_ASSESSMENT_BEFORE_04));

    public FunnelRules {
        if (probabilities == null || probabilities.size() != 7) {
            throw new IllegalArgumentException("a probability for each of the open stages 01 to 07");
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (BigDecimal probability : probabilities) {
            if (probability == null || probability.signum() < 0 || probability.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("a probability is between 0 and 100 percent");
            }
            if (probability.compareTo(previous) < 0) {
                throw new IllegalArgumentException("a later stage never has a lower probability than an earlier one");
            }
            previous = probability;
        }
        probabilities = probabilities.stream().map(Decimals::normalised).toList();
        gates = gates == null || gates.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(gates));
    }

    public BigDecimal probabilityOf(Stage stage) {
        return switch (stage) {
            case WON -> BigDecimal.valueOf(100);
            case LOST -> BigDecimal.ZERO;
            default -> probabilities.get(stage.number() - 1);
        };
    }

    private static BigDecimal pct(int percent) {
        return BigDecimal.valueOf(percent);
    }
}
