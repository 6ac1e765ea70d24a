package com.kamsuite.teamincentive.quota.domain;

import java.math.BigDecimal;

/** The quota of one target for the whole plan range; {@code parentTargetId} null for the division at the top. */
public record Allocation(TargetKind kind, String targetId, String parentTargetId, BigDecimal amount) {

    public Allocation {
        if (kind == null || targetId == null || targetId.isBlank()) {
            throw new IllegalArgumentException("an allocation needs a kind and a target");
        }
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("a quota is a non-negative amount with at most 2 decimals: " + amount);
        }
        amount = amount.setScale(2);
    }
}
