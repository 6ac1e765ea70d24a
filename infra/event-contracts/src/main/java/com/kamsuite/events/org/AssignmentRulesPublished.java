package com.kamsuite.events.org;

import java.util.List;

/**
 * A division approved a new version of its territory assignment rules (region × industry × customer size → account
 * manager). The event carries the whole rule set, so a consumer replaces its replica rather than patching it.
 * A rule's {@code null} region, industry or size matches any value. The highest {@code priority} wins; among equal
 * priorities, the more specific rule (more non-null criteria), then the smaller {@code ruleId}.
 */
public record AssignmentRulesPublished(
        String divisionId,
        String ruleSetId,
        int version,
        List<Rule> rules) {

    public AssignmentRulesPublished {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public record Rule(String ruleId, int priority, String region, String industry, String size, String accountManagerId) {
    }
}
