package com.kamsuite.opportunity.org.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What opportunity-service knows of a person of the sales organisation, replicated from team-incentive-service's
 * reporting-line events (T1): the division, the effective-dated reporting lines, and the day they left, if they did.
 */
public record OrgPerson(String personId, String divisionId, LocalDate leftOn, List<Line> lines) {

    public OrgPerson {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * A reporting line from {@code effectiveFrom} (inclusive) to {@code effectiveTo} (exclusive; null: open), with the
     * person's roles in it ({@code null}: not known, a replica document written before the roles were kept).
     */
    public record Line(String superiorId, LocalDate effectiveFrom, LocalDate effectiveTo, List<String> roles) {

        public Line {
            roles = roles == null ? null : List.copyOf(roles);
        }

        public Line(String superiorId, LocalDate effectiveFrom, LocalDate effectiveTo) {
            this(superiorId, effectiveFrom, effectiveTo, null);
        }

        boolean holdsOn(LocalDate date) {
            return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
        }
    }

    public boolean activeOn(LocalDate date) {
        return (leftOn == null || date.isBefore(leftOn)) && lines.stream().anyMatch(line -> line.holdsOn(date));
    }

    /** The roles in the line in effect on {@code date}; empty when there is none or the replica does not know them. */
    public Optional<List<String>> rolesOn(LocalDate date) {
        return lines.stream().filter(line -> line.holdsOn(date)).findFirst().map(Line::roles);
    }

    /**
     * The superior on {@code date}; for a person who has left, the superior on their last day, so somebody can still
     * hand their opportunities over.
     */
    public Optional<String> superiorOn(LocalDate date) {
        LocalDate day = leftOn != null && !date.isBefore(leftOn) ? leftOn.minusDays(1) : date;
        return lines.stream().filter(line -> line.holdsOn(day)).findFirst().map(Line::superiorId);
    }
}
