package com.kamsuite.forecast.principles.domain;

/**
 * How a division weighs the amount of an opportunity in a forecast (F1): by the win probability of its stage, or by
 * category (commit counts in full, best case at the division's best-case percentage, the rest of the pipeline not at
 * all).
 */
public enum Weighting {
    STAGE_PROBABILITY, CATEGORY
}
