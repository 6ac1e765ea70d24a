package com.kamsuite.events.forecast;

import java.time.Instant;
import java.util.List;

/**
 * A person submitted a new version of their forecast for a period (F5): it supersedes {@code previousVersionId},
 * which stays as it was; {@code reason} says why. Otherwise as {@link ForecastSubmitted}. Key = forecast id (of the
 * new version).
 */
public record ForecastRevised(
        String forecastId,
        String divisionId,
        String period,
        String ownerId,
        int version,
        String previousVersionId,
        String reason,
        String submittedTo,
        Instant submittedAt,
        String currency,
        ForecastTotals totals,
        int lineCount,
        List<String> includedForecastIds) {

    public ForecastRevised {
        includedForecastIds = includedForecastIds == null ? List.of() : List.copyOf(includedForecastIds);
    }
}
