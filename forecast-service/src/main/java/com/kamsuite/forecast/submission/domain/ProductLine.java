package com.kamsuite.forecast.submission.domain;

import com.kamsuite.kit.domain.UnitOfMeasure;

import java.math.BigDecimal;

/**
 * A product of a forecast line, what production planning needs: the product, its delivery month ({@code yyyy-MM}),
 * the quantity and unit price of the opportunity, and the expected quantity and amount (weighted like the line); the
 * quantities are counted in {@code unit} (a UN/CEFACT code, C62 where the opportunity named none).
 */
public record ProductLine(String productCode, String productName, String deliveryMonth, BigDecimal quantity,
                          BigDecimal unitPrice, BigDecimal expectedQuantity, BigDecimal expectedAmount, String unit) {

    public ProductLine {
        unit = UnitOfMeasure.ofNullable(unit).code();
    }
}
