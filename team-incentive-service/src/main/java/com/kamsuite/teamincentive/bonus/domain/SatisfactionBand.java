package com.kamsuite.teamincentive.bonus.domain;

import java.math.BigDecimal;

/** An average key-account satisfaction of at least {@code minScore} (0–100) multiplies the commission by {@code factor}. */
public record SatisfactionBand(BigDecimal minScore, BigDecimal factor) {

    public SatisfactionBand {
        if (minScore == null || minScore.signum() < 0 || minScore.compareTo(BigDecimal.valueOf(100)) > 0
                || factor == null || factor.signum() < 0 || factor.compareTo(BigDecimal.valueOf(2)) > 0) {
            throw new IllegalArgumentException("a satisfaction band has a minimum score of 0–100 and a factor of 0–2");
        }
    }
}
