package com.kamsuite.customer.assignment.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A division's territory assignment rules (region × industry × customer size → account manager), as published by
 * team-incentive-service. A rule's empty criterion matches anything. The highest priority wins; among equal
 * priorities the more specific rule (more criteria), then the smaller rule id.
 */
public record TerritoryRules(String ruleSetId, int version, List<Rule> rules) {

    public record Rule(String ruleId, int priority, String region, String industry, String size, String accountManagerId) {

        boolean matches(String customerRegion, String customerIndustry, String customerSize) {
            return criterionMatches(region, customerRegion) && criterionMatches(industry, customerIndustry)
                    && criterionMatches(size, customerSize);
        }

        int specificity() {
            return (region == null ? 0 : 1) + (industry == null ? 0 : 1) + (size == null ? 0 : 1);
        }

        private static boolean criterionMatches(String criterion, String value) {
            return criterion == null || (value != null && criterion.strip().equalsIgnoreCase(value.strip()));
        }
    }

    public static final TerritoryRules NONE = new TerritoryRules(null, 0, List.of());

    public TerritoryRules {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public Optional<Rule> match(String region, String industry, String size) {
        return rules.stream()
                .filter(rule -> rule.matches(region, industry, size))
                .min(Comparator.comparingInt(Rule::priority).reversed()
                        .thenComparing(Comparator.comparingInt(Rule::specificity).reversed())
                        .thenComparing(Rule::ruleId));
    }
}
