package com.kamsuite.teamincentive.appraisal.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A person's appraisal for a period: sales attainment plus the key-account factor (the satisfaction and the
 * contribution of the key accounts they serve), the score and rating they give, and how each figure was reached.
 */
public record Appraisal(String personId, String period, BigDecimal quota, BigDecimal revenue, BigDecimal attainmentPercent,
                        List<String> keyAccountsServed, BigDecimal satisfaction, BigDecimal keyAccountRevenue,
                        BigDecimal keyAccountSharePercent, BigDecimal divisionContributionPercent,
                        BigDecimal keyAccountScore, BigDecimal score, String rating, List<String> explanation) {

    public Appraisal {
        keyAccountsServed = List.copyOf(keyAccountsServed);
        explanation = List.copyOf(explanation);
    }
}
