package com.kamsuite.kit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in a currency, the one money of the suite: the amount at scale 2 (fen, cents), the currency an
 * ISO 4217 code of a real currency ({@link Currency}). An amount given with more decimals is refused, never rounded
 * silently; a figure computed from others is rounded once, half-up to scale 2 ({@link #rounded}). An amount may be
 * negative (a variance, a reversal); a field that allows none says so ({@link #requireNonNegative}).
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public Money {
        Objects.requireNonNull(amount, "amount must not be empty");
        requireCurrency(currency);
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("amount has more than " + SCALE + " decimals: " + amount.toPlainString());
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** A computed figure (a product, a share, a weighted amount), rounded by the suite's one rule. */
    public static Money rounded(BigDecimal exact, String currency) {
        return new Money(round(exact), currency);
    }

    /** The suite's one rounding rule: half-up to scale 2. */
    public static BigDecimal round(BigDecimal exact) {
        return exact.setScale(SCALE, ROUNDING);
    }

    /** The code itself when it names a currency money can be kept in; refused otherwise (XXX, gold, a typo). */
    public static String requireCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as CNY: " + code);
        }
        try {
            if (Currency.getInstance(code).getDefaultFractionDigits() >= 0) {
                return code;
            }
        } catch (IllegalArgumentException unknown) {
            // Currency.getInstance gives no message for an unknown code; the one below names it.
        }
        throw new IllegalArgumentException("currency must be an ISO 4217 code such as CNY: " + code + " is not one");
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** This amount times a factor (a quantity, a percentage / 100), rounded by the one rule. */
    public Money times(BigDecimal factor) {
        return rounded(amount.multiply(factor), currency);
    }

    /** -1, 0 or 1 as the amount is negative, zero or positive (not a bean property, so no JSON field). */
    public int signum() {
        return amount.signum();
    }

    /** This money, or a refusal naming the field when it is negative. */
    public Money requireNonNegative(String field) {
        if (signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + this);
        }
        return this;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + other.currency + " with " + currency);
        }
        return other;
    }
}
