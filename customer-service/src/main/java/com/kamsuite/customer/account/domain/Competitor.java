package com.kamsuite.customer.account.domain;

import java.math.BigDecimal;

/** A competitor present at the customer (C1): its products, estimated share, strengths and weaknesses. */
public record Competitor(String id, String name, String products, BigDecimal estimatedSharePercent, String strengths,
                         String weaknesses) implements ArchiveEntry<Competitor> {

    public Competitor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (estimatedSharePercent != null
                && (estimatedSharePercent.signum() < 0 || estimatedSharePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("estimatedSharePercent must be between 0 and 100");
        }
    }

    @Override
    public Competitor withId(String newId) {
        return new Competitor(newId, name, products, estimatedSharePercent, strengths, weaknesses);
    }
}
