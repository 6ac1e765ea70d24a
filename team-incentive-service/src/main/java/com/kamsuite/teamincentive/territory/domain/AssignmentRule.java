package com.kamsuite.teamincentive.territory.domain;

/**
 * Region × industry × customer size → account manager. A null criterion matches any value. The highest
 * {@code priority} wins; among equal priorities the more specific rule (more non-null criteria), then the smaller
 * {@code ruleId} (see {@link AssignmentRules}).
 */
public record AssignmentRule(String ruleId, int priority, String region, String industry, CustomerSize size,
                             String accountManagerId, String territoryId) {

    public AssignmentRule {
        if (ruleId == null || ruleId.isBlank()) {
            throw new IllegalArgumentException("a rule needs an id");
        }
        if (accountManagerId == null || accountManagerId.isBlank()) {
            throw new IllegalArgumentException("a rule assigns to an account manager");
        }
        if (priority < 0 || priority > 1000) {
            throw new IllegalArgumentException("priority is 0 to 1000");
        }
        region = blankToNull(region);
        industry = blankToNull(industry);
    }

    public int specificity() {
        return (region == null ? 0 : 1) + (industry == null ? 0 : 1) + (size == null ? 0 : 1);
    }

    public boolean matches(String customerRegion, String customerIndustry, CustomerSize customerSize) {
        return (region == null || region.equals(customerRegion))
                && (industry == null || industry.equals(customerIndustry))
                && (size == null || size == customerSize);
    }

    public AssignmentRule assignedTo(String personId) {
        return new AssignmentRule(ruleId, priority, region, industry, size, personId, territoryId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
