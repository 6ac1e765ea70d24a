package com.kamsuite.teamincentive.territory;

import com.kamsuite.teamincentive.territory.domain.AssignmentRule;
import com.kamsuite.teamincentive.territory.domain.AssignmentRules;
import com.kamsuite.teamincentive.territory.domain.CustomerSize;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentRulesTest {

    @Test
    void theHighestPriorityWinsEvenOverAMoreSpecificRule() {
        var rules = new AssignmentRules(List.of(
                rule("r-0001", 10, "EAST", "UTILITIES", CustomerSize.LARGE, "specific"),
                rule("r-0002", 50, "EAST", null, null, "important")));

        assertThat(rules.winner("EAST", "UTILITIES", CustomerSize.LARGE)).map(AssignmentRule::accountManagerId).contains("important");
    }

    @Test
    void amongEqualPrioritiesTheMoreSpecificRuleWins() {
        var rules = new AssignmentRules(List.of(
                rule("r-0001", 10, "EAST", null, null, "region-only"),
                rule("r-0002", 10, "EAST", "UTILITIES", null, "region-and-industry")));

        assertThat(rules.winner("EAST", "UTILITIES", CustomerSize.SMALL)).map(AssignmentRule::accountManagerId)
                .contains("region-and-industry");
    }

    @Test
    void aTieOfPriorityAndSpecificityGoesToTheSmallerRuleIdWhateverTheOrderOfTheRules() {
        var a = rule("r-0007", 10, "EAST", null, null, "seven");
        var b = rule("r-0003", 10, null, "UTILITIES", null, "three");

        assertThat(new AssignmentRules(List.of(a, b)).winner("EAST", "UTILITIES", null)).map(AssignmentRule::accountManagerId).contains("three");
        assertThat(new AssignmentRules(List.of(b, a)).winner("EAST", "UTILITIES", null)).map(AssignmentRule::accountManagerId).contains("three");
    }

    @Test
    void aNullCriterionMatchesAnyValueAndAnUnmatchedCustomerGetsNobody() {
        var rules = new AssignmentRules(List.of(rule("r-0001", 0, null, null, CustomerSize.ENTERPRISE, "big-accounts")));

        assertThat(rules.winner("WEST", "MINING", CustomerSize.ENTERPRISE)).isPresent();
        assertThat(rules.winner("WEST", "MINING", CustomerSize.SMALL)).isEmpty();
        assertThat(rules.candidates("WEST", "MINING", null)).isEmpty();
    }

    private static AssignmentRule rule(String id, int priority, String region, String industry, CustomerSize size, String am) {
        return new AssignmentRule(id, priority, region, industry, size, am, null);
    }
}
