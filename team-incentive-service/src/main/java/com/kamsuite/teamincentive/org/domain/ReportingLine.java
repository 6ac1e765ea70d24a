package com.kamsuite.teamincentive.org.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a person stands in the organisation from {@code effectiveFrom} (inclusive) to {@code effectiveTo}
 * (exclusive; null while open): their superior (null for the top of a division), their unit and their roles.
 */
public record ReportingLine(String superiorId, String unitId, List<SalesRole> roles, LocalDate effectiveFrom,
                            LocalDate effectiveTo) {

    public ReportingLine {
        if (effectiveFrom == null) {
            throw new IllegalArgumentException("a reporting line needs an effective date");
        }
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("a reporting line must end after it starts");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a person needs at least one role");
        }
        roles = List.copyOf(roles.stream().distinct().sorted().toList());
    }

    public boolean holdsOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }

    public boolean hasRole(SalesRole role) {
        return roles.contains(role);
    }

    ReportingLine endingOn(LocalDate end) {
        return new ReportingLine(superiorId, unitId, roles, effectiveFrom, end);
    }
}
