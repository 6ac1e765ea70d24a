package com.kamsuite.kit.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void anAmountIsKeptAtScaleTwo() {
        assertThat(Money.of("1250000", "CNY").amount()).isEqualTo(new BigDecimal("1250000.00"));
        assertThat(Money.of("12.5", "USD").toString()).isEqualTo("12.50 USD");
        assertThat(Money.of("3.100", "CNY").amount()).isEqualTo(new BigDecimal("3.10"));
    }

    @Test
    void moreDecimalsAreRefusedNotRoundedSilently() {
        assertThatThrownBy(() -> Money.of("0.125", "CNY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 2 decimals");
    }

    @Test
    void onlyTheCodeOfARealCurrencyIsACurrency() {
        assertThatThrownBy(() -> Money.of("1", "ZZZ")).hasMessageContaining("ZZZ is not one");
        assertThatThrownBy(() -> Money.of("1", "XXX")).hasMessageContaining("XXX is not one");
        assertThatThrownBy(() -> Money.of("1", "cny")).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> Money.of("1", null)).hasMessageContaining("ISO 4217");
        assertThat(Money.requireCurrency("JPY")).isEqualTo("JPY");
    }

    @Test
    void aComputedFigureIsRoundedOnceHalfUp() {
        assertThat(Money.rounded(new BigDecimal("10.005"), "CNY").amount()).isEqualTo(new BigDecimal("10.01"));
        assertThat(Money.rounded(new BigDecimal("-10.005"), "CNY").amount()).isEqualTo(new BigDecimal("-10.01"));
        assertThat(Money.of("333.33", "CNY").times(new BigDecimal("0.3")).amount()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void sumsStayInOneCurrency() {
        assertThat(Money.of("1.10", "CNY").plus(Money.of("2.20", "CNY"))).isEqualTo(Money.of("3.30", "CNY"));
        assertThat(Money.of("1", "CNY").minus(Money.of("2.5", "CNY")).signum()).isNegative();
        assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "EUR"))).hasMessageContaining("cannot combine EUR with CNY");
    }

    @Test
    void aFieldThatAllowsNoNegativeAmountNamesItself() {
        assertThatThrownBy(() -> Money.of("-1", "CNY").requireNonNegative("creditLimit")).hasMessageStartingWith("creditLimit");
        assertThat(Money.zero("CNY").requireNonNegative("creditLimit").signum()).isZero();
    }
}
