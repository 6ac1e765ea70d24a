package com.kamsuite.events.quota;

import java.math.BigDecimal;
import java.util.List;

/**
 * A version of a division's quota plan was approved: the high-level quota and its top-down allocation to territories,
 * teams and people, each with its monthly amounts. A revision is a new plan id with the next {@code version} and
 * {@code previousVersionId}; the newest approved version of a period replaces the older ones. Months are ISO
 * {@code yyyy-MM}. Key = quota plan id.
 */
public record QuotaApproved(
        String quotaPlanId,
        String divisionId,
        String name,
        int version,
        String previousVersionId,
        String fromMonth,
        String toMonth,
        String currency,
        BigDecimal total,
        String approvedBy,
        List<Allocation> allocations) {

    public QuotaApproved {
        allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }

    /** {@code kind} is DIVISION, TERRITORY, TEAM or PERSON; {@code parentTargetId} null for the division. */
    public record Allocation(String kind, String targetId, String parentTargetId, BigDecimal amount, List<Month> months) {

        public Allocation {
            months = months == null ? List.of() : List.copyOf(months);
        }
    }

    public record Month(String month, BigDecimal amount) {
    }
}
