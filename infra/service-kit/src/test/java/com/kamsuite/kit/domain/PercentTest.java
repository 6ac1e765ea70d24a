package com.kamsuite.kit.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PercentTest {

    @Test
    void aRatioIsRoundedHalfUpToTwoDecimals() {
        assertThat(Percent.ratio(new BigDecimal("2"), new BigDecimal("3"))).contains(new BigDecimal("66.67"));
        assertThat(Percent.ratio(new BigDecimal("1"), new BigDecimal("8"))).contains(new BigDecimal("12.50"));
    }

    @Test
    void aZeroWholeHasNoRatio() {
        assertThat(Percent.ratio(BigDecimal.TEN, BigDecimal.ZERO)).isEmpty();
    }

    @Test
    void aPercentageOfAnAmountIsExact() {
        assertThat(Percent.of(new BigDecimal("12.5"), new BigDecimal("333.33"))).isEqualByComparingTo("41.66625");
    }
}
