package com.kamsuite.events.org;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit of a division's sales organisation was created, changed or dissolved: the division itself, a region, a team,
 * or one of the key-account organisation forms (a temporary group led by an executive, a permanent group of 3–5, the
 * key-account department). Carries the whole unit, so a consumer replaces its replica. {@code code} is the region code
 * the territory rules use (for regions). {@code validTo} is set once the unit is dissolved. Key = unit id.
 */
public record OrgUnitChanged(
        String unitId,
        String divisionId,
        String kind,
        String name,
        String code,
        String parentUnitId,
        String leaderId,
        List<String> memberIds,
        List<String> customerIds,
        LocalDate validFrom,
        LocalDate validTo) {

    public OrgUnitChanged {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
    }

}
