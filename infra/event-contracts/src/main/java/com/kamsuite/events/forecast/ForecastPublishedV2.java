package com.kamsuite.events.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * PUBLIC CONTRACT for production planning (F4), version 2: the final forecast of a division for a period, on the
 * topic {@code kam.forecast.published.v2}. Unlike v1, the items add up: {@code totalAmount} = Σ {@code items.amount}
 * = {@code directAmount} + {@code channelAmount}, to the cent, also after the managers' total adjustments, which are
 * spread over the direct items in proportion to their amounts. Quantities are whole units of each item's
 * {@code unit} (a UN/CEFACT Recommendation 20 code), the probability-weighted quantity rounded half-up per item;
 * amounts are in {@code currency} with exactly 2 decimals. A higher {@code version} for the same key
 * {@code <divisionId>:<period>} supersedes every earlier one entirely.
 */
public record ForecastPublishedV2(
        String divisionId,
        String period,
        int version,
        String currency,
        String finalisedBy,
        Instant finalisedAt,
        String sourceForecastId,
        List<String> includedPartnerIds,
        BigDecimal directAmount,
        BigDecimal channelAmount,
        BigDecimal totalAmount,
        String note,
        List<Item> items) {

    public ForecastPublishedV2 {
        includedPartnerIds = includedPartnerIds == null ? List.of() : List.copyOf(includedPartnerIds);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One product in one delivery month and unit: {@code quantity} = {@code directQuantity} + {@code channelQuantity}
     * whole units, {@code amount} = {@code directAmount} + {@code channelAmount}.
     */
    public record Item(
            String productCode,
            String productName,
            YearMonth deliveryMonth,
            String unit,
            long quantity,
            long directQuantity,
            long channelQuantity,
            BigDecimal amount,
            BigDecimal directAmount,
            BigDecimal channelAmount) {
    }
}
