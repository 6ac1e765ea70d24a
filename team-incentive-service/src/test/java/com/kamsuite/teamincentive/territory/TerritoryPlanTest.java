package com.kamsuite.teamincentive.territory;

import com.kamsuite.events.org.AssignmentRulesPublished;
import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.teamincentive.territory.domain.AssignmentRule;
import com.kamsuite.teamincentive.territory.domain.CustomerSize;
import com.kamsuite.teamincentive.territory.domain.PlanStatus;
import com.kamsuite.teamincentive.territory.domain.Territory;
import com.kamsuite.teamincentive.territory.domain.TerritoryPlan;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TerritoryPlanTest {

    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    private final TerritoryPlan plan = TerritoryPlan.draft("tp-1", "div-a", 1, "2027", LocalDate.of(2027, 1, 1), "ops", NOW);

    @Test
    void theOverallPlanCannotBeSubmittedWhileARegionalPlanIsNotApproved() {
        plan.addRule(10, "EAST", null, null, "am1", null, "ops", NOW);

        assertThatThrownBy(() -> plan.submit("ops", NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("EAST");
        plan.submitRegionalPlan("EAST", "ops", NOW);
        plan.approveRegionalPlan("EAST", "director", NOW);
        plan.submit("ops", NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void approvalPublishesOverallAndRegionalRulesInPrecedenceOrder() {
        plan.addRule(0, null, null, null, "fallback", null, "ops", NOW);
        plan.addRule(10, "EAST", "UTILITIES", CustomerSize.LARGE, "am1", null, "ops", NOW);
        plan.submitRegionalPlan("EAST", "ops", NOW);
        plan.approveRegionalPlan("EAST", "director", NOW);
        plan.submit("ops", NOW);
        plan.clearRecordedEvents();

        plan.approve("head", NOW);

        var published = (AssignmentRulesPublished) plan.recordedEvents().get(0).data();
        assertThat(published.ruleSetId()).isEqualTo("tp-1");
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.rules()).extracting(AssignmentRulesPublished.Rule::accountManagerId).containsExactly("am1", "fallback");
    }

    @Test
    void anApprovedRegionalPlanCannotBeChangedAndAnApprovedPlanCannotBeApprovedAgain() {
        AssignmentRule rule = plan.addRule(10, "EAST", null, null, "am1", null, "ops", NOW);
        plan.submitRegionalPlan("EAST", "ops", NOW);
        plan.approveRegionalPlan("EAST", "director", NOW);

        assertThatThrownBy(() -> plan.removeRule(rule.ruleId(), "ops", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> plan.approve("head", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void redeploymentMovesThePersonAndHandsTheirOtherRulesToTheSuccessor() {
        plan.defineTerritory(new Territory("EAST-GRID", "Grid", "EAST", List.of("am1")), "ops", NOW);
        plan.defineTerritory(new Territory("EAST-IND", "Industry", "EAST", List.of("am2")), "ops", NOW);
        plan.addRule(10, null, "UTILITIES", null, "am1", "EAST-GRID", "ops", NOW);

        assertThatThrownBy(() -> plan.redeploy("am1", "EAST-IND", null, "move", "ops", NOW))
                .isInstanceOf(RuleViolationException.class);
        var redeployment = plan.redeploy("am1", "EAST-IND", "am2", "move", "ops", NOW);

        assertThat(redeployment.fromTerritoryId()).isEqualTo("EAST-GRID");
        assertThat(plan.territory("EAST-IND").accountManagerIds()).containsExactly("am2", "am1");
        assertThat(plan.territory("EAST-GRID").accountManagerIds()).isEmpty();
        assertThat(plan.allRules()).extracting(AssignmentRule::accountManagerId).containsExactly("am2");
    }

    @Test
    void aRevisionStartsAsADraftWithTheSameRulesAndLeavesTheOriginalAlone() {
        plan.addRule(0, null, null, null, "am1", null, "ops", NOW);
        plan.submit("ops", NOW);
        plan.approve("head", NOW);

        TerritoryPlan next = plan.revise("tp-2", 2, LocalDate.of(2027, 7, 1), "ops", NOW);
        next.addRule(5, null, "MINING", null, "am2", null, "ops", NOW);

        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(next.previousPlanId()).isEqualTo("tp-1");
        assertThat(next.allRules()).extracting(AssignmentRule::ruleId).containsExactly("r-0001", "r-0002");
        assertThat(plan.allRules()).hasSize(1);
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
    }
}
