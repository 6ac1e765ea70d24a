package com.kamsuite.kit.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    @Test
    void aQuarterSpansItsThreeMonths() {
        Period q1 = new Period("2027-Q1");

        assertThat(q1.kind()).isEqualTo(Period.Kind.QUARTER);
        assertThat(q1.months()).containsExactly(YearMonth.of(2027, 1), YearMonth.of(2027, 2), YearMonth.of(2027, 3));
        assertThat(q1.start()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(q1.end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(q1.contains(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(q1.contains(LocalDate.of(2027, 4, 1))).isFalse();
    }

    @Test
    void aMonthIsItsOwnFirstAndLastMonth() {
        Period february = new Period("2028-02");

        assertThat(february.kind()).isEqualTo(Period.Kind.MONTH);
        assertThat(february.end()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(february.months()).containsExactly(YearMonth.of(2028, 2));
    }

    @Test
    void periodsCountAcrossYears() {
        assertThat(new Period("2026-Q4").plus(1)).isEqualTo(new Period("2027-Q1"));
        assertThat(new Period("2027-01").plus(-1)).isEqualTo(new Period("2026-12"));
        assertThat(new Period("2027-Q1").previous()).isEqualTo(new Period("2026-Q4"));
        assertThat(new Period("2026-12").next()).isEqualTo(new Period("2027-01"));
        assertThat(Period.of(Period.Kind.QUARTER, LocalDate.of(2026, 11, 20))).isEqualTo(Period.quarter(2026, 4));
        assertThat(Period.of(Period.Kind.MONTH, LocalDate.of(2026, 11, 20))).isEqualTo(Period.month(YearMonth.of(2026, 11)));
    }

    @Test
    void periodsAreOrderedByTheirStart() {
        assertThat(new Period("2027-02").compareTo(new Period("2027-Q1"))).isPositive();
        assertThat(new Period("2026-Q4").compareTo(new Period("2027-01"))).isNegative();
    }

    @Test
    void anythingElseIsRefusedWithTheTwoFormsNamed() {
        assertThatThrownBy(() -> new Period("2027-13")).hasMessageContaining("2027-01").hasMessageContaining("2027-Q1");
        assertThatThrownBy(() -> new Period("2027-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
