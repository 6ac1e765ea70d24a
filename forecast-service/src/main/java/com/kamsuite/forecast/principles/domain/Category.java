package com.kamsuite.forecast.principles.domain;

/** The forecast category of a line under {@link Weighting#CATEGORY}. */
public enum Category {
    COMMIT, BEST_CASE, PIPELINE
}
