package com.kamsuite.forecast.division.domain;

import com.kamsuite.kit.domain.UnitOfMeasure;

import java.math.BigDecimal;

/**
 * A channel partner's expected sales of one product in one delivery month ({@code yyyy-MM}), the quantity counted in
 * {@code unit} (a UN/CEFACT code, C62 where the partner named none).
 */
public record PartnerLine(String productCode, String productName, String deliveryMonth, BigDecimal quantity,
                          BigDecimal amount, String unit) {

    public PartnerLine {
        unit = UnitOfMeasure.ofNullable(unit).code();
    }
}
