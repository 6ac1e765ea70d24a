package com.kamsuite.opportunity.funnel.domain;

import java.math.BigDecimal;

/** What a healthy funnel holds in one open stage (O6): a count of opportunities and their amount, in the benchmarks' currency. */
public record StageBenchmark(String stage, int count, BigDecimal amount) {

    public StageBenchmark {
        if (stage == null || !stage.matches("0[1-7]")) {
            throw new IllegalArgumentException("a benchmark is for an open stage 01 to 07");
        }
        if (count < 0 || amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("a benchmark count and amount are zero or more");
        }
    }
}
