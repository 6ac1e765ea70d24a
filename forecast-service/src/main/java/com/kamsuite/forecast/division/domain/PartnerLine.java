package com.kamsuite.forecast.division.domain;

import java.math.BigDecimal;

/** A channel partner's expected sales of one product in one delivery month ({@code yyyy-MM}). */
public record PartnerLine(String productCode, String productName, String deliveryMonth, BigDecimal quantity,
                          BigDecimal amount) {
}
