package com.kamsuite.customer.plan.domain;

import java.util.List;

/** The team serving the account: its form, its lead and its members. */
public record PlanTeam(TeamForm form, String leadId, List<String> members) {

    public PlanTeam {
        if (form == null) {
            throw new IllegalArgumentException("team form must not be empty");
        }
        members = members == null ? List.of() : List.copyOf(members);
        if (form == TeamForm.PERMANENT_GROUP && (members.size() < 3 || members.size() > 5)) {
            throw new IllegalArgumentException("a permanent group has 3 to 5 members");
        }
        if (form == TeamForm.TEMPORARY_EXECUTIVE_GROUP && (leadId == null || leadId.isBlank())) {
            throw new IllegalArgumentException("a temporary group is led by an executive: leadId must not be empty");
        }
    }
}
