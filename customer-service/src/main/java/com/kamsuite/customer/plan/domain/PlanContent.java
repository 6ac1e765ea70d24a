package com.kamsuite.customer.plan.domain;

import com.kamsuite.customer.common.domain.Money;

import java.time.LocalDate;
import java.util.List;

/** One version of an account plan (C9): goals, strategy, coverage plan, activity plan, and the team serving it. */
public record PlanContent(List<String> goals, Money revenueTarget, String strategy, List<Coverage> coverage,
                          List<Activity> activities, PlanTeam team) {

    public PlanContent {
        goals = goals == null ? List.of() : List.copyOf(goals);
        coverage = coverage == null ? List.of() : List.copyOf(coverage);
        activities = activities == null ? List.of() : List.copyOf(activities);
        if (goals.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one goal");
        }
        if (team == null) {
            throw new IllegalArgumentException("a plan names the team serving the account");
        }
    }

    /** Who of ours covers whom at the customer, how often. */
    public record Coverage(String customerSide, String ourPersonId, String cadence) {
    }

    /** A planned activity, its owner and due date. */
    public record Activity(String what, String ownerId, LocalDate due) {
    }
}
