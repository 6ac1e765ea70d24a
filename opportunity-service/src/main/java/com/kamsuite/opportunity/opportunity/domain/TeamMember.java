package com.kamsuite.opportunity.opportunity.domain;

import java.math.BigDecimal;

/** A member of the sales team: a person of the division, their role, and their share of the sales credit (null: none). */
public record TeamMember(String personId, TeamRole role, BigDecimal creditPercent) {

    public TeamMember {
        if (personId == null || personId.isBlank()) {
            throw new IllegalArgumentException("a team member needs a person id");
        }
        if (role == null) {
            throw new IllegalArgumentException("a team member needs a role");
        }
        creditPercent = creditPercent == null || creditPercent.signum() == 0 ? null : Decimals.normalised(creditPercent);
    }

    TeamMember withRole(TeamRole newRole) {
        return new TeamMember(personId, newRole, creditPercent);
    }

    TeamMember withCredit(BigDecimal percent) {
        return new TeamMember(personId, role, percent);
    }
}
