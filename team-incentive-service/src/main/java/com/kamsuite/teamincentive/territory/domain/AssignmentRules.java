package com.kamsuite.teamincentive.territory.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who would get a customer: of the rules that match it, the one with the highest priority, then the most specific
 * (most non-null criteria), then the smallest rule id. The same order customer-service applies to the published rules
 * ({@code AssignmentRulesPublished}), so the preview and the real assignment agree.
 */
public final class AssignmentRules {

    public static final Comparator<AssignmentRule> PRECEDENCE = Comparator
            .comparingInt(AssignmentRule::priority).reversed()
            .thenComparing(Comparator.comparingInt(AssignmentRule::specificity).reversed())
            .thenComparing(AssignmentRule::ruleId);

    private final List<AssignmentRule> rules;

    public AssignmentRules(List<AssignmentRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The matching rules, the winner first. */
    public List<AssignmentRule> candidates(String region, String industry, CustomerSize size) {
        return rules.stream().filter(rule -> rule.matches(region, industry, size)).sorted(PRECEDENCE).toList();
    }

    public Optional<AssignmentRule> winner(String region, String industry, CustomerSize size) {
        return candidates(region, industry, size).stream().findFirst();
    }
}
