package com.kamsuite.customer.assignment.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryRulesTest {

    private final TerritoryRules rules = new TerritoryRules("rs-1", 3, List.of(
            new TerritoryRules.Rule("r-east", 1, "EAST", null, null, "liu.yang"),
            new TerritoryRules.Rule("r-east-power-large", 1, "EAST", "POWER", "LARGE", "chen.jing"),
            new TerritoryRules.Rule("r-b", 5, null, "STEEL", null, "zhang.wei"),
            new TerritoryRules.Rule("r-a", 5, null, "STEEL", null, "li.na")));

    @Test
    void theMoreSpecificRuleWinsAmongEqualPriorities() {
        assertThat(rules.match("EAST", "POWER", "LARGE")).hasValueSatisfying(r -> assertThat(r.accountManagerId()).isEqualTo("chen.jing"));
        assertThat(rules.match("east", "MACHINERY", "SMALL")).hasValueSatisfying(r -> assertThat(r.accountManagerId()).isEqualTo("liu.yang"));
    }

    @Test
    void theHighestPriorityWinsThenTheSmallerRuleId() {
        assertThat(rules.match("EAST", "STEEL", "LARGE")).hasValueSatisfying(r -> assertThat(r.ruleId()).isEqualTo("r-a"));
    }

    @Test
    void noMatchingRuleMeansTheUnassignedQueue() {
        assertThat(rules.match("WEST", "POWER", "LARGE")).isEmpty();
        assertThat(TerritoryRules.NONE.match("EAST", "POWER", "LARGE")).isEmpty();
    }
}
