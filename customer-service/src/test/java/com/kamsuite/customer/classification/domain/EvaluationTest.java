package com.kamsuite.customer.classification.domain;

import com.kamsuite.customer.common.domain.Change;
import com.kamsuite.events.customer.CustomerClassified;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EvaluationTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void anAccountNotEvaluatedYetHasNothingJudgedAndNoTier() {
        Evaluation evaluation = Evaluation.of("cust-1@div-power", "cust-1", "div-power");

        assertThat(evaluation.assessment()).isEqualTo(Assessment.NONE);
        assertThat(evaluation.classification()).isNull();
        assertThat(evaluation.history()).isEmpty();
    }

    @Test
    void aJudgementKeepsTheDimensionsThatChanged() {
        Evaluation evaluation = Evaluation.of("cust-1@div-power", "cust-1", "div-power");
        evaluation.assess(new Assessment(4, 0, 0, 45), "liu.yang", NOW);

        assertThat(evaluation.history()).extracting(Change::field).containsExactly("industryInfluence", "averagePaymentDays");
    }

    @Test
    void onlyAChangeOfTierIsKeptAndAnnouncedWithThePreviousTier() {
        Evaluation evaluation = Evaluation.of("cust-1@div-power", "cust-1", "div-power");
        evaluation.classify(classification(Tier.NORMAL, "20"), "system");
        evaluation.classify(classification(Tier.NORMAL, "25"), "system");
        evaluation.classify(classification(Tier.STRATEGIC, "80"), "system");

        assertThat(evaluation.classification().score()).isEqualByComparingTo("80");
        assertThat(evaluation.history()).extracting(Change::oldValue, Change::newValue)
                .containsExactly(tuple(null, "NORMAL"), tuple("NORMAL", "STRATEGIC"));
        assertThat(evaluation.recordedEvents()).extracting(event -> ((CustomerClassified) event.data()).previousTier())
                .containsExactly(null, "NORMAL");
    }

    private static Classification classification(Tier tier, String score) {
        return new Classification(tier, new BigDecimal(score), Map.of(), List.of("because"), NOW);
    }
}
