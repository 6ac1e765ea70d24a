package com.kamsuite.forecast.shared.domain;

/** How long a forecast period is, per division (F1). */
public enum PeriodKind {
    MONTH, QUARTER
}
