package com.kamsuite.customer.plan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The plan of an account for one year, with every version saved. */
public record AccountPlan(int year, List<PlanVersion> versions) {

    public AccountPlan {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be between 2000 and 2100");
        }
        versions = List.copyOf(versions);
    }

    public PlanVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public AccountPlan revise(PlanContent content, String note, String by, Instant at) {
        List<PlanVersion> next = new ArrayList<>(versions);
        next.add(new PlanVersion(versions.size() + 1, content, note, by, at));
        return new AccountPlan(year, next);
    }
}
