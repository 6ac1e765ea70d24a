package com.kamsuite.forecast.org.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A person of the division's sales organisation as forecast-service replicates it from
 * {@code kam.org.reporting-line-changed.v1}: their whole effective-dated history of lines.
 */
public record OrgPerson(String personId, String name, List<Line> lines) {

    public OrgPerson {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A reporting line from {@code from} (inclusive) to {@code to} (exclusive; null: open). */
    public record Line(String superiorId, List<String> roles, LocalDate from, LocalDate to) {

        public Line {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        boolean overlaps(LocalDate start, LocalDate end) {
            return !from.isAfter(end) && (to == null || to.isAfter(start));
        }
    }
}
