package com.kamsuite.events.quota;

import java.math.BigDecimal;
import java.util.List;

/**
 * Won (or reversed) opportunities changed the attainment of targets of an approved quota plan. Each change carries
 * the absolute values after it (not a delta), so a consumer simply keeps the latest per target.
 * {@code attainmentPercent} = achieved / quota × 100, rounded half-up to 2 decimals. {@code opportunityId} names the
 * opportunity whose event caused the change (null for a recomputation at approval). Key = quota plan id.
 */
public record QuotaAttainmentChanged(
        String quotaPlanId,
        String divisionId,
        int version,
        String currency,
        String opportunityId,
        List<Change> changes) {

    public QuotaAttainmentChanged {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** {@code kind} is DIVISION, TERRITORY, TEAM or PERSON. */
    public record Change(String kind, String targetId, BigDecimal quota, BigDecimal achieved, BigDecimal attainmentPercent) {
    }
}
