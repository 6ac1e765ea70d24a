package com.kamsuite.customer.classification.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassifierTest {

    private static final Instant NOW = Instant.parse("2026-11-15T02:00:00Z");
    private static final ClassificationWeights WEIGHTS = ClassificationWeights.DEFAULT;

    private final ParetoRanking ranking = new ParetoRanking(Map.of(
            "big", new BigDecimal("5000000"), "second", new BigDecimal("3000000"), "third", new BigDecimal("1000000"),
            "small", new BigDecimal("600000"), "tiny", new BigDecimal("400000")));

    @Test
    void theAccountsMakingUpTheFirst80PercentOfRevenueAreTheParetoTop() {
        assertThat(ranking.positionOf("big")).hasValueSatisfying(p -> assertThat(p.top80()).isTrue());
        assertThat(ranking.positionOf("second")).hasValueSatisfying(p -> assertThat(p.top80()).isTrue());
        assertThat(ranking.positionOf("third")).hasValueSatisfying(p -> assertThat(p.top80()).isFalse());
        assertThat(ranking.positionOf("none")).isEmpty();
        assertThat(ranking.ranked()).isEqualTo(5);
    }

    @Test
    void aLargeInfluentialStrategicAccountIsStrategic() {
        Classification result = Classifier.classify("big", new BigDecimal("5000000"), new BigDecimal("4000000"), ranking,
                new Assessment(4, 5, 1, 45), WEIGHTS, NOW);

        assertThat(result.tier()).isEqualTo(Tier.STRATEGIC);
        assertThat(result.reasons()).anyMatch(r -> r.contains("top 80%")).anyMatch(r -> r.contains("strategic account"));
        assertThat(result.dimensions()).containsEntry("volume", 100).containsEntry("pareto", 100).containsEntry("growth", 25);
    }

    @Test
    void aSmallAccountGrowingFastWithInfluenceIsKeyDespiteItsVolume() {
        Classification result = Classifier.classify("tiny", new BigDecimal("400000"), new BigDecimal("100000"), ranking,
                new Assessment(5, 4, 0, null), WEIGHTS, NOW);

        assertThat(result.tier()).isEqualTo(Tier.KEY);
        assertThat(result.dimensions()).containsEntry("growth", 100);
        assertThat(result.reasons()).anyMatch(r -> r.contains("300% year on year"));
    }

    @Test
    void aParetoTopAccountIsAtLeastKeyEvenWithHighRisk() {
        Classification result = Classifier.classify("second", new BigDecimal("3000000"), new BigDecimal("3000000"), ranking,
                new Assessment(0, 0, 5, 150), WEIGHTS, NOW);

        assertThat(result.tier()).isEqualTo(Tier.KEY);
        assertThat(result.dimensions()).containsEntry("risk", 100);
        assertThat(result.reasons()).anyMatch(r -> r.contains("but in the Pareto top 80%"));
    }

    @Test
    void aSmallFlatAccountWithoutJudgementIsNormal() {
        Classification result = Classifier.classify("small", new BigDecimal("600000"), new BigDecimal("600000"), ranking,
                Assessment.NONE, WEIGHTS, NOW);

        assertThat(result.tier()).isEqualTo(Tier.NORMAL);
    }

    @Test
    void divisionWeightsChangeTheTier() {
        var volumeOnly = new ClassificationWeights(100, 0, 0, 0, 0, 0, 60, 35, "CNY");
        Classification result = Classifier.classify("small", new BigDecimal("600000"), new BigDecimal("600000"), ranking,
                new Assessment(5, 5, 0, null), volumeOnly, NOW);

        assertThat(result.tier()).isEqualTo(Tier.NORMAL);
        assertThat(Classifier.classify("small", new BigDecimal("600000"), new BigDecimal("600000"), ranking,
                new Assessment(5, 5, 0, null), WEIGHTS, NOW).tier()).isEqualTo(Tier.KEY);
    }

    @Test
    void weightsThatDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> new ClassificationWeights(50, 20, 15, 15, 20, 20, 60, 35, "CNY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up to 100");
        assertThatThrownBy(() -> new ClassificationWeights(30, 20, 15, 15, 20, 20, 30, 35, "CNY"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void paymentCyclesBeyondSixtyDaysAddRisk() {
        assertThat(Classifier.paymentRisk(null)).isZero();
        assertThat(Classifier.paymentRisk(60)).isZero();
        assertThat(Classifier.paymentRisk(90)).isEqualTo(50);
        assertThat(Classifier.paymentRisk(200)).isEqualTo(100);
    }
}
