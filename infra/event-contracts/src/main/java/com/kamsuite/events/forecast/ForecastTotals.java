package com.kamsuite.events.forecast;

import java.math.BigDecimal;

/**
 * The money of a forecast in its currency, each half-up to 2 decimals: {@code amount} the unweighted pipeline,
 * {@code weightedAmount} the lines weighted by the division's principles (after line adjustments), and
 * {@code forecastAmount} the figure the submitter stands behind (weighted amount plus total adjustments).
 */
public record ForecastTotals(BigDecimal amount, BigDecimal weightedAmount, BigDecimal forecastAmount) {
}
