package com.kamsuite.forecast.submission.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A revision of a forecast's total (F3): {@code delta} is added to the weighted lines; {@code before}/{@code after} are
 * the totals of the forecast it was made on. Adjustments of subordinates travel up with their submission
 * ({@code forecastId} names the forecast where it was made), so the division sees every one.
 */
public record TotalAdjustment(String forecastId, Instant at, String by, String reason, BigDecimal before,
                              BigDecimal after, BigDecimal delta) {
}
