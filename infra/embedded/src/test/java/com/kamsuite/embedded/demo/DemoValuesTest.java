package com.kamsuite.embedded.demo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoValuesTest {

    @ParameterizedTest(name = "{1} on {0} is {2}")
    @CsvSource({
            "2026-12-03, ${date:today},             2026-12-03",
            "2026-12-03, ${date:nextQuarter},       2027-01-01",
            "2026-12-03, ${date:nextQuarter+40d},   2027-02-10",
            "2026-12-03, ${month:nextQuarter+2m},   2027-03",
            "2026-12-03, ${quarter:nextQuarter},    2027-Q1",
            "2026-12-03, ${quarter:today},          2026-Q4",
            "2026-12-03, ${quarter:nextQuarter+1q}, 2027-Q2",
            "2027-03-31, ${quarter:nextQuarter},    2027-Q2",
            "2027-04-01, ${date:nextQuarter-1d},    2027-06-30",
            "2027-02-15, ${month:today-1m},         2027-01"})
    void relativeDatesFollowToday(LocalDate today, String placeholder, String expected) {
        assertThat(DemoValues.substitute(placeholder, Map.of(), today)).isEqualTo(expected);
    }

    @Test
    void savedValuesAndRelativeDatesMixInOneText() {
        String body = "{\"customerId\":\"${shanghaiElectric}\",\"expectedCloseDate\":\"${date:nextQuarter+40d}\"}";

        assertThat(DemoValues.substitute(body, Map.of("shanghaiElectric", "cust-1"), LocalDate.of(2026, 12, 3)))
                .isEqualTo("{\"customerId\":\"cust-1\",\"expectedCloseDate\":\"2027-02-10\"}");
    }

    @Test
    void aValueNotSavedYetOrAnUnknownFormIsAClearError() {
        assertThatThrownBy(() -> DemoValues.substitute("${later}", Map.of(), LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("${later} before a step saved it");
        assertThatThrownBy(() -> DemoValues.substitute("${date:yesterday}", Map.of(), LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("not a relative date");
    }
}
