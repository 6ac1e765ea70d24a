package com.kamsuite.customer.classification.domain;

/**
 * A division's weights of the evaluation dimensions (C6), in percent: the five positive dimensions add up to 100;
 * {@code risk} is how many points a maximal risk takes off. A score at or above {@code strategicThreshold} makes a
 * strategic account, at or above {@code keyThreshold} (or a place in the Pareto top 80%) a key account.
 * Revenue in {@code currency} counts; the suite keeps no exchange rates.
 */
public record ClassificationWeights(int volume, int pareto, int growth, int influence, int strategic, int risk,
                                    int strategicThreshold, int keyThreshold, String currency) {

    public static final ClassificationWeights DEFAULT = new ClassificationWeights(30, 20, 15, 15, 20, 20, 60, 35, "CNY");

    public ClassificationWeights {
        for (int weight : new int[] {volume, pareto, growth, influence, strategic, risk}) {
            if (weight < 0 || weight > 100) {
                throw new IllegalArgumentException("each weight must be between 0 and 100");
            }
        }
        if (volume + pareto + growth + influence + strategic != 100) {
            throw new IllegalArgumentException("the weights of volume, pareto, growth, influence and strategic must add up to 100");
        }
        if (keyThreshold < 0 || strategicThreshold > 100 || keyThreshold >= strategicThreshold) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= keyThreshold < strategicThreshold <= 100");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as CNY");
        }
    }
}
