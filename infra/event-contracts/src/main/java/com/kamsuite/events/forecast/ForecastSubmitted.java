package com.kamsuite.events.forecast;

import java.time.Instant;
import java.util.List;

/**
 * A person submitted the first version of their forecast for a period (F2, F3): it is immutable from now on and goes
 * to {@code submittedTo}, the submitter's superior in that period (null for the division head, whose submission goes
 * to the division). {@code includedForecastIds} are the subordinates' submissions it rolls up. Key = forecast id.
 */
public record ForecastSubmitted(
        String forecastId,
        String divisionId,
        String period,
        String ownerId,
        int version,
        String submittedTo,
        Instant submittedAt,
        String currency,
        ForecastTotals totals,
        int lineCount,
        List<String> includedForecastIds) {

    public ForecastSubmitted {
        includedForecastIds = includedForecastIds == null ? List.of() : List.copyOf(includedForecastIds);
    }
}
