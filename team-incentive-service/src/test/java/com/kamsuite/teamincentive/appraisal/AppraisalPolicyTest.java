package com.kamsuite.teamincentive.appraisal;

import com.kamsuite.teamincentive.appraisal.domain.Appraisal;
import com.kamsuite.teamincentive.appraisal.domain.AppraisalPolicy;
import com.kamsuite.teamincentive.sales.domain.Credit;
import com.kamsuite.teamincentive.shared.domain.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quota 300,000 for 2026-Q3; 240,000 won from key account K1 and 60,000 from N1: attainment 100 %, key-account
 * share 80 %; the division's key accounts brought 480,000, so the person contributed 50 % of it.
 */
class AppraisalPolicyTest {

    static final Period Q3 = new Period("2026-Q3");
    static final List<Credit> CREDITS = List.of(
            credit("o1", "am", "K1", "240000"), credit("o2", "am", "N1", "60000"), credit("o3", "other", "K1", "240000"));

    @Test
    void satisfactionAndKeyAccountShareMakeTheKeyAccountScore() {
        // key-account score (25 × 90 + 15 × 80) / 40 = 86.25; score 0.6 × 100 + 0.4 × 86.25 = 94.50 → B
        Appraisal appraisal = AppraisalPolicy.appraise("am", Q3, new BigDecimal("300000"), CREDITS, Set.of("K1"), List.of("K1"),
                new BigDecimal("90"), new BigDecimal("480000"));

        assertThat(appraisal.attainmentPercent()).isEqualByComparingTo("100.00");
        assertThat(appraisal.keyAccountSharePercent()).isEqualByComparingTo("80.00");
        assertThat(appraisal.divisionContributionPercent()).isEqualByComparingTo("50.00");
        assertThat(appraisal.keyAccountScore()).isEqualByComparingTo("86.25");
        assertThat(appraisal.score()).isEqualByComparingTo("94.50");
        assertThat(appraisal.rating()).isEqualTo("B");
    }

    @Test
    void withoutSurveysTheShareAloneIsTheKeyAccountScore() {
        // 0.6 × 100 + 0.4 × 80 = 92.00
        Appraisal appraisal = AppraisalPolicy.appraise("am", Q3, new BigDecimal("300000"), CREDITS, Set.of("K1"), List.of(),
                null, new BigDecimal("480000"));

        assertThat(appraisal.score()).isEqualByComparingTo("92.00");
    }

    @Test
    void attainmentCountsUpTo150Percent() {
        // 200 % counts as 150: 0.6 × 150 + 0.4 × 86.25 = 124.50 → A
        Appraisal appraisal = AppraisalPolicy.appraise("am", Q3, new BigDecimal("150000"), CREDITS, Set.of("K1"), List.of("K1"),
                new BigDecimal("90"), new BigDecimal("480000"));

        assertThat(appraisal.attainmentPercent()).isEqualByComparingTo("200.00");
        assertThat(appraisal.score()).isEqualByComparingTo("124.50");
        assertThat(appraisal.rating()).isEqualTo("A");
    }

    @Test
    void aDissatisfiedKeyAccountPullsTheRatingDown() {
        // (25 × 40 + 15 × 80) / 40 = 55; 0.6 × 100 + 0.4 × 55 = 82.00 → B; at 80 % attainment: 48 + 22 = 70 → C
        assertThat(AppraisalPolicy.appraise("am", Q3, new BigDecimal("300000"), CREDITS, Set.of("K1"), List.of("K1"),
                new BigDecimal("40"), new BigDecimal("480000")).score()).isEqualByComparingTo("82.00");
        assertThat(AppraisalPolicy.appraise("am", Q3, new BigDecimal("375000"), CREDITS, Set.of("K1"), List.of("K1"),
                new BigDecimal("40"), new BigDecimal("480000")).rating()).isEqualTo("C");
    }

    private static Credit credit(String opportunity, String person, String customer, String amount) {
        return new Credit(opportunity, customer, person, new BigDecimal(amount), "CNY", LocalDate.of(2026, 8, 1), null);
    }
}
