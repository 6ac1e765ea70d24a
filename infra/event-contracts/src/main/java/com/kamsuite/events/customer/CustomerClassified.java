package com.kamsuite.events.customer;

import java.math.BigDecimal;
import java.util.List;

/** The key-account tier of a division relationship changed. */
public record CustomerClassified(
        String customerId,
        String divisionId,
        String tier,
        String previousTier,
        BigDecimal score,
        List<String> reasons) {

    public CustomerClassified {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

}
