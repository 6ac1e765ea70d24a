package com.kamsuite.events.org;

import java.time.LocalDate;
import java.util.List;

/**
 * A person joined the sales organisation, or their reporting line (superior, unit or roles) changed from
 * {@code effectiveFrom} on, or they left ({@code leftOn}). {@code lines} is the person's whole effective-dated
 * history after the change, so a consumer replaces its replica of the person rather than patching it, and can answer
 * "who was the superior of X on date D" for any past date (a forecast of last quarter uses last quarter's
 * hierarchy). A line holds from {@code effectiveFrom} (inclusive) to {@code effectiveTo} (exclusive; null: open).
 * {@code superiorId} null means the person reports to nobody (a division head). Key = person id.
 */
public record ReportingLineChanged(
        String personId,
        String divisionId,
        String name,
        String superiorId,
        String previousSuperiorId,
        List<String> roles,
        String unitId,
        LocalDate effectiveFrom,
        LocalDate leftOn,
        List<Line> lines) {

    public ReportingLineChanged {
        roles = roles == null ? List.of() : List.copyOf(roles);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(String superiorId, String unitId, List<String> roles, LocalDate effectiveFrom, LocalDate effectiveTo) {

        public Line {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
