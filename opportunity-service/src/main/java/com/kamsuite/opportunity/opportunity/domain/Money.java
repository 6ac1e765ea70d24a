package com.kamsuite.opportunity.opportunity.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** An amount in a currency, kept to the currency's minor unit (two decimals for CNY). Never a double. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("amount must be zero or more");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as CNY");
        }
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            // Currency.getInstance says nothing (no message) about a code that is not ISO 4217, e.g. XYZ.
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as CNY: " + currency + " is not one");
        }
        if (amount.stripTrailingZeros().scale() > Math.max(digits, 0)) {
            throw new IllegalArgumentException("amount has more decimals than " + currency + " allows");
        }
        amount = amount.setScale(Math.max(digits, 0), RoundingMode.UNNECESSARY);
    }
}
