package com.kamsuite.opportunity.opportunity.domain;

import com.kamsuite.events.opportunity.OpportunityLost;
import com.kamsuite.events.opportunity.OpportunityStageChanged;
import com.kamsuite.events.opportunity.OpportunityWon;
import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.NOW;
import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.OWNER;
import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.lastEvent;
import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.newOpportunity;
import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.readyForStage04;
import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O2: moves through the eight stages, gates, win and loss. */
class FunnelTest {

    @Test
    void aNewOpportunityStartsInStage01AtTheDivisionsProbability() {
        FunnelRules custom = new FunnelRules(List.of(bd(5), bd(15), bd(30), bd(45), bd(60), bd(75), bd(95)), Set.of());
        Opportunity opportunity = newOpportunity(custom);

        assertThat(opportunity.stage()).isEqualTo(Stage.S01);
        assertThat(opportunity.probability()).isEqualByComparingTo("5");
        assertThat(opportunity.stageMoves()).singleElement().satisfies(move -> assertThat(move.by()).isEqualTo(OWNER));
    }

    @Test
    void movingForwardRecordsWhoAndWhenAndAnnouncesTheNewStagesProbability() {
        Opportunity opportunity = newOpportunity();

        opportunity.moveTo(Stage.S02, FunnelRules.DEFAULT, OWNER, null, NOW.plusSeconds(60));

        assertThat(opportunity.stage()).isEqualTo(Stage.S02);
        StageMove move = opportunity.stageMoves().get(1);
        assertThat(move.from()).isEqualTo(Stage.S01);
        assertThat(move.by()).isEqualTo(OWNER);
        assertThat(move.at()).isEqualTo(NOW.plusSeconds(60));
        OpportunityStageChanged event = lastEvent(opportunity, OpportunityStageChanged.class);
        assertThat(event.fromStage()).isEqualTo("01");
        assertThat(event.toStage()).isEqualTo("02");
        assertThat(event.probability()).isEqualByComparingTo("20");
        assertThat(event.amount()).isEqualByComparingTo("1250000");
    }

    @Test
    void movingBackWithoutAReasonIsRejected() {
        Opportunity opportunity = newOpportunity();
        opportunity.moveTo(Stage.S02, FunnelRules.DEFAULT, OWNER, null, NOW);

        assertThatThrownBy(() -> opportunity.moveTo(Stage.S01, FunnelRules.DEFAULT, OWNER, " ", NOW))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "reason-required");
        assertThat(opportunity.stage()).isEqualTo(Stage.S02);
    }

    @Test
    void movingBackWithAReasonIsRecordedAndSkipsTheGates() {
        Opportunity opportunity = readyForStage04();
        opportunity.moveTo(Stage.S04, FunnelRules.DEFAULT, OWNER, null, NOW);

        opportunity.moveTo(Stage.S02, FunnelRules.DEFAULT, OWNER, "budget postponed", NOW);

        assertThat(opportunity.stageMoves().get(2).reason()).isEqualTo("budget postponed");
        assertThat(lastEvent(opportunity, OpportunityStageChanged.class).reason()).isEqualTo("budget postponed");
        assertThat(opportunity.probability()).isEqualByComparingTo("20");
    }

    @Test
    void stage03WithoutADecisionMakerIsRefusedByTheDefaultGate() {
        Opportunity opportunity = newOpportunity();
        opportunity.addContact("王工", "engineer", BuyingRole.TECHNICAL_EXPERT, null, OWNER);

        assertThatThrownBy(() -> opportunity.moveTo(Stage.S03, FunnelRules.DEFAULT, OWNER, null, NOW))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "stage-gate")
                .satisfies(e -> assertThat(((RuleViolationException) e).properties()).containsEntry("gate", "DECISION_MAKER_BEFORE_03"));
    }

    @Test
    void stage04WithoutAValueAssessmentIsRefusedByTheDefaultGate() {
        Opportunity opportunity = newOpportunity();
        opportunity.addContact("陈总", "CEO", BuyingRole.DECISION_MAKER, null, OWNER);
        opportunity.moveTo(Stage.S03, FunnelRules.DEFAULT, OWNER, null, NOW);

        assertThatThrownBy(() -> opportunity.moveTo(Stage.S04, FunnelRules.DEFAULT, OWNER, null, NOW))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).properties()).containsEntry("gate", "VALUE_ASSESSMENT_BEFORE_04"));
    }

    @Test
    void jumpingStagesMustPassTheGatesOfEveryStageOnTheWay() {
        Opportunity opportunity = newOpportunity();
        opportunity.assess(OpportunityMother.answers(3), null, OWNER, NOW);

        assertThatThrownBy(() -> opportunity.moveTo(Stage.S06, FunnelRules.DEFAULT, OWNER, null, NOW))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).properties()).containsEntry("gate", "DECISION_MAKER_BEFORE_03"));
        assertThatThrownBy(() -> opportunity.win(FunnelRules.DEFAULT, LocalDate.parse("2027-01-10"), OWNER, NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aDivisionThatSwitchedTheGatesOffMovesFreely() {
        Opportunity opportunity = newOpportunity();

        opportunity.moveTo(Stage.S06, rules(Set.of()), OWNER, null, NOW);

        assertThat(opportunity.stage()).isEqualTo(Stage.S06);
        assertThat(opportunity.probability()).isEqualByComparingTo("80");
    }

    @Test
    void theOptionalProductsGateGuardsStage05() {
        Opportunity opportunity = newOpportunity();
        opportunity.revise("cust-1", opportunity.name(), opportunity.amount(), opportunity.expectedCloseDate(),
                opportunity.source(), List.of(), OWNER, "products unknown yet", NOW);

        assertThatThrownBy(() -> opportunity.moveTo(Stage.S05, rules(EnumSet.of(StageGate.PRODUCTS_BEFORE_05)), OWNER, null, NOW))
                .isInstanceOf(RuleViolationException.class);
        opportunity.moveTo(Stage.S04, rules(EnumSet.of(StageGate.PRODUCTS_BEFORE_05)), OWNER, null, NOW);
    }

    @Test
    void movingToTheStageItIsInIsAConflict() {
        Opportunity opportunity = newOpportunity();

        assertThatThrownBy(() -> opportunity.moveTo(Stage.S01, FunnelRules.DEFAULT, OWNER, null, NOW))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "same-stage");
    }

    @Test
    void someoneOffTheSalesTeamCannotMoveIt() {
        Opportunity opportunity = newOpportunity();

        assertThatThrownBy(() -> opportunity.moveTo(Stage.S02, FunnelRules.DEFAULT, "chen.jing", null, NOW))
                .isInstanceOf(ForbiddenException.class).hasFieldOrPropertyWithValue("code", "not-on-team");
    }

    @Test
    void closingAsLostWithoutReasonIsRejected() {
        Opportunity opportunity = newOpportunity();

        assertThatThrownBy(() -> opportunity.lose("", "ABB", LocalDate.parse("2027-01-10"), OWNER, NOW))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "loss-reason-required");
        assertThat(opportunity.stage().isOpen()).isTrue();
    }

    @Test
    void closingAsLostRecordsTheReasonAndTheWinningCompetitorAtZeroPercent() {
        Opportunity opportunity = newOpportunity();

        opportunity.lose("price 12 % above", "ABB", LocalDate.parse("2027-01-10"), OWNER, NOW);

        assertThat(opportunity.stage()).isEqualTo(Stage.LOST);
        assertThat(opportunity.stage().code()).isEqualTo("08");
        assertThat(opportunity.probability()).isEqualByComparingTo("0");
        OpportunityLost event = lastEvent(opportunity, OpportunityLost.class);
        assertThat(event.reason()).isEqualTo("price 12 % above");
        assertThat(event.winningCompetitor()).isEqualTo("ABB");
        assertThat(event.lostOn()).isEqualTo(LocalDate.parse("2027-01-10"));
    }

    @Test
    void winningGivesTheWholeCreditToTheOwnerWhenNobodyShares() {
        Opportunity opportunity = readyForStage04();

        opportunity.win(FunnelRules.DEFAULT, LocalDate.parse("2027-01-10"), OWNER, NOW);

        assertThat(opportunity.stage()).isEqualTo(Stage.WON);
        assertThat(opportunity.probability()).isEqualByComparingTo("100");
        OpportunityWon event = lastEvent(opportunity, OpportunityWon.class);
        assertThat(event.credits()).containsExactly(new OpportunityWon.Credit(OWNER, new BigDecimal("100")));
        assertThat(event.wonOn()).isEqualTo(LocalDate.parse("2027-01-10"));
    }

    @Test
    void winningCarriesTheTeamsCreditSplit() {
        Opportunity opportunity = readyForStage04();
        opportunity.putMember("chen.jing", TeamRole.PRE_SALES, OWNER);
        opportunity.splitCredit(Map.of(OWNER, new BigDecimal("70"), "chen.jing", new BigDecimal("30.00")), OWNER);

        opportunity.win(FunnelRules.DEFAULT, LocalDate.parse("2027-01-10"), "chen.jing", NOW);

        assertThat(lastEvent(opportunity, OpportunityWon.class).credits()).containsExactlyInAnyOrder(
                new OpportunityWon.Credit(OWNER, new BigDecimal("70")), new OpportunityWon.Credit("chen.jing", new BigDecimal("30")));
    }

    @Test
    void aClosedOpportunityNeitherMovesNorChanges() {
        Opportunity opportunity = readyForStage04();
        opportunity.win(FunnelRules.DEFAULT, LocalDate.parse("2027-01-10"), OWNER, NOW);

        assertThatThrownBy(() -> opportunity.moveTo(Stage.S02, FunnelRules.DEFAULT, OWNER, "reopen", NOW))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "opportunity-closed");
        assertThatThrownBy(() -> opportunity.lose("x", null, LocalDate.parse("2027-01-11"), OWNER, NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> opportunity.confirm(OWNER, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void probabilitiesMustNotDecreaseFromStageToStage() {
        assertThatThrownBy(() -> new FunnelRules(List.of(bd(10), bd(20), bd(15), bd(40), bd(60), bd(80), bd(90)), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FunnelRules(List.of(bd(10), bd(20), bd(30), bd(40), bd(60), bd(80), bd(101)), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FunnelRules(List.of(bd(10)), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultProbabilitiesAreThoseOfTheFunnelTable() {
        assertThat(List.of(Stage.values())).extracting(FunnelRules.DEFAULT::probabilityOf)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd(10), bd(20), bd(30), bd(40), bd(60), bd(80), bd(90), bd(100), bd(0));
    }

    private static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }
}
