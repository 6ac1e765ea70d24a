package com.kamsuite.teamincentive.territory.domain;

import java.util.List;

/** The rules proposed for one region, with their own approval by the region's sales director or the division head. */
public record RegionalPlan(String region, PlanStatus status, List<AssignmentRule> rules, String approvedBy, String note) {

    public RegionalPlan {
        rules = List.copyOf(rules);
    }

    RegionalPlan with(PlanStatus newStatus, List<AssignmentRule> newRules, String newApprovedBy, String newNote) {
        return new RegionalPlan(region, newStatus, newRules, newApprovedBy, newNote);
    }
}
