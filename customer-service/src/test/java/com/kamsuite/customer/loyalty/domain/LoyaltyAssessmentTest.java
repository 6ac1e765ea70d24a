package com.kamsuite.customer.loyalty.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoyaltyAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    @Test
    void aFallingShareIsAChurnRisk() {
        var result = LoyaltyAssessment.assess(TODAY, LocalDate.of(2019, 3, 1), new BigDecimal("2000000"), new BigDecimal("4000000"),
                new BigDecimal("10000000"), new BigDecimal("10000000"), List.of(), List.of(), ChurnThresholds.DEFAULT);

        assertThat(result.sharePercent()).isEqualByComparingTo("20.0");
        assertThat(result.previousSharePercent()).isEqualByComparingTo("40.0");
        assertThat(result.relationshipMonths()).isEqualTo(7 * 12 + 8);
        assertThat(result.churnRisk()).isTrue();
        assertThat(result.causes()).containsExactly("share of wallet fell from 40.0% to 20.0%");
    }

    @Test
    void aComplaintOpenTooLongAndFallingSatisfactionAreChurnRisks() {
        var surveys = List.of(new Survey("sv-1", new BigDecimal("85"), LocalDate.of(2026, 3, 1), null, "am"),
                new Survey("sv-2", new BigDecimal("55"), LocalDate.of(2026, 10, 1), null, "am"));
        var complaints = List.of(new Complaint("cp-1", "Late delivery", LocalDate.of(2026, 9, 1), null, null, "am"),
                new Complaint("cp-2", "Wrong invoice", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 11), "fixed", "am"));

        var result = LoyaltyAssessment.assess(TODAY, TODAY.minusYears(1), BigDecimal.ZERO, BigDecimal.ZERO, null, null,
                surveys, complaints, ChurnThresholds.DEFAULT);

        assertThat(result.causes()).containsExactlyInAnyOrder("satisfaction 55 is below 60", "satisfaction dropped from 85 to 55",
                "complaint \"Late delivery\" open for 75 days");
        assertThat(result.openComplaints()).isEqualTo(1);
        assertThat(result.averageResolutionDays()).isEqualByComparingTo("10.0");
    }

    @Test
    void aSteadySatisfiedAccountIsNotAtRisk() {
        var result = LoyaltyAssessment.assess(TODAY, TODAY.minusYears(3), new BigDecimal("3000000"), new BigDecimal("2900000"),
                new BigDecimal("10000000"), new BigDecimal("10000000"),
                List.of(new Survey("sv-1", new BigDecimal("88"), TODAY, null, "am")), List.of(), ChurnThresholds.DEFAULT);

        assertThat(result.churnRisk()).isFalse();
        assertThat(result.causes()).isEmpty();
    }
}
