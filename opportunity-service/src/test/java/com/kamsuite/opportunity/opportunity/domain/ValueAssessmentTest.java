package com.kamsuite.opportunity.opportunity.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.NOW;
import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.OWNER;
import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.answers;
import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.newOpportunity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O3: twenty yes/no questions, one point per yes, above 10 is high value, kept as history. */
class ValueAssessmentTest {

    @Test
    void twentyQuestionsInFourDimensionsOfFive() {
        assertThat(AssessmentQuestion.values()).hasSize(20);
        for (AssessmentDimension dimension : AssessmentDimension.values()) {
            assertThat(AssessmentQuestion.values()).filteredOn(q -> q.dimension() == dimension).hasSize(5);
        }
    }

    @Test
    void eachYesScoresOneAndElevenIsHighValue() {
        ValueAssessment eleven = ValueAssessment.of(1, NOW, OWNER, answers(11), null);

        assertThat(eleven.score()).isEqualTo(11);
        assertThat(eleven.highValue()).isTrue();
        assertThat(eleven.scoreByDimension()).containsEntry(AssessmentDimension.IS_THERE_AN_OPPORTUNITY, 5)
                .containsEntry(AssessmentDimension.ARE_WE_COMPETITIVE, 5).containsEntry(AssessmentDimension.CAN_WE_WIN, 1)
                .containsEntry(AssessmentDimension.IS_IT_WORTH_WINNING, 0);
    }

    @Test
    void exactlyTenIsNotHighValue() {
        assertThat(ValueAssessment.of(1, NOW, OWNER, answers(10), null).highValue()).isFalse();
        assertThat(ValueAssessment.of(1, NOW, OWNER, answers(0), null).score()).isZero();
        assertThat(ValueAssessment.of(1, NOW, OWNER, answers(20), null).score()).isEqualTo(20);
    }

    @Test
    void anUnansweredQuestionIsRefusedNotTakenAsNo() {
        Map<AssessmentQuestion, Boolean> incomplete = answers(12);
        incomplete.remove(AssessmentQuestion.RISK_LOW);

        assertThatThrownBy(() -> ValueAssessment.of(1, NOW, OWNER, incomplete, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RISK_LOW");
    }

    @Test
    void assessmentsAreKeptAsHistory() {
        Opportunity opportunity = newOpportunity();

        opportunity.assess(answers(6), "first look", OWNER, NOW);
        opportunity.assess(answers(14), "after the site visit", OWNER, NOW.plusSeconds(3600));

        assertThat(opportunity.assessments()).extracting(ValueAssessment::number, ValueAssessment::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 6), org.assertj.core.groups.Tuple.tuple(2, 14));
        assertThat(opportunity.latestAssessment()).get().satisfies(a -> assertThat(a.highValue()).isTrue());
    }
}
