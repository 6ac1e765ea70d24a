package com.kamsuite.events.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * PUBLIC CONTRACT for production planning (F4): the final forecast of a division for a period, finalised by the
 * division head. {@code items} are product × delivery-month expected quantities and amounts (weighted by the
 * division's principles, after the managers' adjustments), the direct sales roll-up plus the channel partners'
 * forecasts the head chose to include ({@code channelQuantity}/{@code channelAmount} are that channel share).
 * A higher {@code version} for the same division and period supersedes every earlier one. Key = {@code
 * <divisionId>:<period>}, so a consumer may compact the topic and keep the latest version per key.
 */
public record ForecastPublished(
        String divisionId,
        String period,
        int version,
        String currency,
        String finalisedBy,
        Instant finalisedAt,
        String sourceForecastId,
        List<String> includedPartnerIds,
        BigDecimal totalAmount,
        String note,
        List<Item> items) {

    public ForecastPublished {
        includedPartnerIds = includedPartnerIds == null ? List.of() : List.copyOf(includedPartnerIds);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One product in one delivery month: quantity in the product's unit, amount in the forecast's currency. */
    public record Item(
            String productCode,
            String productName,
            YearMonth deliveryMonth,
            BigDecimal quantity,
            BigDecimal amount,
            BigDecimal channelQuantity,
            BigDecimal channelAmount) {
    }
}
