package com.kamsuite.forecast.submission.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A subordinate's submission rolled up into a superior's forecast: which version, when submitted, its figure. */
public record IncludedForecast(String forecastId, String ownerId, int version, Instant submittedAt,
                               BigDecimal forecastAmount) {
}
