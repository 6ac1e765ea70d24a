package com.kamsuite.forecast.submission.domain;

/** A forecast is a draft until submitted; a submitted forecast never changes again (F5). */
public enum ForecastStatus {
    DRAFT, SUBMITTED
}
