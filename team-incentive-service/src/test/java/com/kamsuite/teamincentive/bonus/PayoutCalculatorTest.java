package com.kamsuite.teamincentive.bonus;

import com.kamsuite.teamincentive.bonus.domain.Band;
import com.kamsuite.teamincentive.bonus.domain.PaidFigures;
import com.kamsuite.teamincentive.bonus.domain.PayoutCalculator;
import com.kamsuite.teamincentive.bonus.domain.PayoutInput;
import com.kamsuite.teamincentive.bonus.domain.Periodicity;
import com.kamsuite.teamincentive.bonus.domain.PlanRules;
import com.kamsuite.teamincentive.bonus.domain.SatisfactionBand;
import com.kamsuite.teamincentive.bonus.domain.Statement;
import com.kamsuite.teamincentive.bonus.domain.StatementLine;
import com.kamsuite.teamincentive.sales.domain.Credit;
import com.kamsuite.teamincentive.shared.domain.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payout math against tables computed by hand. The plan of these tables: base rate 2 %; tiers 0 % ×0.5 and
 * 50 % ×1.0; accelerators 100 % ×1.5 and 120 % ×2.0; cap 60,000; draw 5,000; clawback 100 % within 180 days;
 * satisfaction ≥ 90 → ×1.10, ≥ 75 → ×1.00, ≥ 60 → ×0.95, below → ×0.90. Quarterly, quota 1,000,000 unless said.
 */
class PayoutCalculatorTest {

    static final PlanRules RULES = new PlanRules("CNY", Periodicity.QUARTERLY, new BigDecimal("0.02"),
            List.of(band("0", "0.5"), band("50", "1.0")), List.of(band("100", "1.5"), band("120", "2.0")),
            new BigDecimal("60000"), new BigDecimal("5000"), 180, new BigDecimal("100"),
            List.of(sat("90", "1.10"), sat("75", "1.00"), sat("60", "0.95"), sat("0", "0.90")));
    static final Period Q3 = new Period("2026-Q3");
    static final Period Q4 = new Period("2026-Q4");
    static final String QUOTA = "1000000";

    final PayoutCalculator calculator = new PayoutCalculator(RULES);

    /*
     * revenue   | 0–50 % ×0.5 | 50–100 % ×1 | 100–120 % ×1.5 | ≥120 % ×2 | commission | cap      | earned | payout
     * 1,300,000 | 500k×1%=5000 | 500k×2%=10000 | 200k×3%=6000 | 100k×4%=4000 | 25,000 | –        | 25,000 | 25,000
     *   800,000 | 5,000        | 300k×2%=6,000 | –            | –            | 11,000 | –        | 11,000 | 11,000
     * 3,000,000 | 5,000        | 10,000        | 6,000        | 1.8M×4%=72,000 | 93,000 | −33,000 | 60,000 | 60,000
     *   100,000 | 100k×1%=1,000 | –            | –            | –            |  1,000 | –        |  1,000 | 5,000 (draw, owes 4,000)
     */
    @ParameterizedTest(name = "revenue {0}: commission {1}, earned {2}, payout {3}, owed after {4}")
    @CsvSource({
            "1300000, 25000.00, 25000.00, 25000.00, 0.00",
            "800000,  11000.00, 11000.00, 11000.00, 0.00",
            "3000000, 93000.00, 60000.00, 60000.00, 0.00",
            "100000,   1000.00,  1000.00,  5000.00, 4000.00",
            "0,           0.00,     0.00,  5000.00, 5000.00"})
    void tiersAcceleratorsCapAndDraw(String revenue, String commission, String earned, String payout, String owed) {
        Statement statement = calculator.calculate(input(QUOTA, List.of(credit("o1", revenue, "2026-08-01", null)), List.of(), null, "0"));

        assertThat(statement.commission()).isEqualByComparingTo(commission);
        assertThat(statement.earned()).isEqualByComparingTo(earned);
        assertThat(statement.payout()).isEqualByComparingTo(payout);
        assertThat(statement.balanceCarriedForward()).isEqualByComparingTo(owed);
        assertThat(sumOf(statement.lines())).as("the lines add up to the payout").isEqualByComparingTo(payout);
    }

    @Test
    void theBandLinesShowEachSliceOfRevenue() {
        Statement statement = calculator.calculate(input(QUOTA, List.of(credit("o1", "1300000", "2026-08-01", null)), List.of(), null, "0"));

        assertThat(statement.lines()).extracting(StatementLine::code, StatementLine::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tier", new BigDecimal("5000.00")),
                org.assertj.core.groups.Tuple.tuple("tier", new BigDecimal("10000.00")),
                org.assertj.core.groups.Tuple.tuple("accelerator", new BigDecimal("6000.00")),
                org.assertj.core.groups.Tuple.tuple("accelerator", new BigDecimal("4000.00")));
        assertThat(statement.attainmentPercent()).isEqualByComparingTo("130.00");
        assertThat(statement.lines().get(2).explanation()).isEqualTo("100–120 % of quota: 200000.00 × 0.02 × 1.5");
    }

    /*
     * owed before | revenue   | earned | earned − draw | recovered | payout | owed after
     * 4,000       | 1,000,000 | 15,000 | 10,000        | 4,000     | 11,000 | 0
     * 4,000       |   700,000 |  9,000 |  4,000        | 4,000     |  5,000 | 0
     * 4,000       |   600,000 |  7,000 |  2,000        | 2,000     |  5,000 | 2,000
     * 4,000       |   100,000 |  1,000 |  −            | −         |  5,000 | 8,000
     */
    @ParameterizedTest(name = "owing 4000, revenue {0}: payout {1}, owed after {2}")
    @CsvSource({
            "1000000, 11000.00, 0.00",
            "700000,   5000.00, 0.00",
            "600000,   5000.00, 2000.00",
            "100000,   5000.00, 8000.00"})
    void aDrawIsRecoveredFromEarningsAboveTheDraw(String revenue, String payout, String owed) {
        Statement statement = calculator.calculate(input(QUOTA, List.of(credit("o1", revenue, "2026-11-01", null)), List.of(), null, "4000"));

        assertThat(statement.payout()).isEqualByComparingTo(payout);
        assertThat(statement.balanceCarriedForward()).isEqualByComparingTo(owed);
        assertThat(sumOf(statement.lines())).isEqualByComparingTo(payout);
    }

    /*
     * Q3 paid: revenue 1,300,000, earned 25,000. A 200,000 credit won 2026-08-01 is lost 2026-11-15 (106 days):
     * clawback 200,000 × 25,000 / 1,300,000 × 100 % = 3,846.153… → 3,846.15.
     * Q4: revenue 1,000,000 → earned 15,000; 15,000 − 3,846.15 = 11,153.85 ≥ draw → payout 11,153.85.
     */
    @Test
    void aDealLostAfterItsPeriodWasPaidIsClawedBackAtThePaidRate() {
        Credit reversed = credit("lost", "200000", "2026-08-01", "2026-11-15");
        Statement statement = calculator.calculate(input(QUOTA, List.of(credit("o1", "1000000", "2026-10-01", null)),
                List.of(new PayoutInput.Reversal(reversed, new PaidFigures(Q3, new BigDecimal("1300000.00"), new BigDecimal("25000.00")))),
                null, "0"));

        assertThat(statement.clawback()).isEqualByComparingTo("3846.15");
        assertThat(statement.payout()).isEqualByComparingTo("11153.85");
        assertThat(statement.lines()).filteredOn(line -> line.code().equals("clawback")).singleElement()
                .satisfies(line -> assertThat(line.amount()).isEqualByComparingTo("-3846.15"));
    }

    @Test
    void aDealLostOutsideTheWindowOrWhosePeriodIsNotPaidIsNotClawedBack() {
        Credit late = credit("late", "200000", "2026-01-05", "2026-11-15");
        Credit unpaid = credit("unpaid", "200000", "2026-08-01", "2026-10-15");
        Statement statement = calculator.calculate(input(QUOTA, List.of(credit("o1", "1000000", "2026-10-01", null)), List.of(
                new PayoutInput.Reversal(late, new PaidFigures(new Period("2026-Q1"), new BigDecimal("900000.00"), new BigDecimal("14000.00"))),
                new PayoutInput.Reversal(unpaid, null)), null, "0"));

        assertThat(statement.clawback()).isEqualByComparingTo("0");
        assertThat(statement.payout()).isEqualByComparingTo("15000.00");
        assertThat(statement.lines()).filteredOn(line -> line.code().equals("clawback")).extracting(StatementLine::explanation)
                .anySatisfy(text -> assertThat(text).contains("outside the clawback window of 180 days"))
                .anySatisfy(text -> assertThat(text).contains("not paid yet"));
    }

    @Test
    void aClawbackLargerThanTheEarningsIsPaidAsTheDrawAndOwed() {
        Credit reversed = credit("lost", "1300000", "2026-08-01", "2026-10-20");
        Statement statement = calculator.calculate(input(QUOTA, List.of(credit("o1", "100000", "2026-10-01", null)),
                List.of(new PayoutInput.Reversal(reversed, new PaidFigures(Q3, new BigDecimal("1300000.00"), new BigDecimal("25000.00")))),
                null, "0"));

        // earned 1,000 − clawback 25,000 = −24,000 < draw 5,000: payout 5,000, owed 29,000
        assertThat(statement.payout()).isEqualByComparingTo("5000.00");
        assertThat(statement.balanceCarriedForward()).isEqualByComparingTo("29000.00");
        assertThat(sumOf(statement.lines())).isEqualByComparingTo("5000.00");
    }

    @ParameterizedTest(name = "satisfaction {0} → factor {1}, earned {2}")
    @CsvSource({"92, 1.10, 16500.00", "80, 1.00, 15000.00", "61.5, 0.95, 14250.00", "40, 0.90, 13500.00"})
    void theKeyAccountSatisfactionFactorScalesTheCommission(String score, String factor, String earned) {
        Statement statement = calculator.calculate(input(QUOTA, List.of(credit("o1", "1000000", "2026-10-01", null)), List.of(),
                new BigDecimal(score), "0"));

        assertThat(statement.satisfactionFactor()).isEqualByComparingTo(factor);
        assertThat(statement.earned()).isEqualByComparingTo(earned);
    }

    @Test
    void withoutAQuotaAllRevenueEarnsTheBaseRateRoundedHalfUpOnce() {
        var rules = new PlanRules("CNY", Periodicity.MONTHLY, new BigDecimal("0.0175"), List.of(), List.of(), null,
                null, 0, BigDecimal.ZERO, List.of());
        // 333,333.33 × 1.75 % = 5,833.3332750 → 5,833.33
        Statement statement = new PayoutCalculator(rules).calculate(new PayoutInput("am", new Period("2026-11"), null,
                List.of(credit("o1", "333333.33", "2026-11-02", null)), List.of(), null, BigDecimal.ZERO));

        assertThat(statement.payout()).isEqualByComparingTo("5833.33");
        assertThat(statement.attainmentPercent()).isNull();
    }

    @Test
    void creditsReversedWithinThePeriodAndCreditsInAnotherCurrencyDoNotCount() {
        Credit usd = new Credit("usd", "c", "am", new BigDecimal("500000"), "USD", LocalDate.of(2026, 10, 3), null);
        Statement statement = calculator.calculate(input(QUOTA, List.of(credit("kept", "1000000", "2026-10-01", null),
                credit("gone", "300000", "2026-10-02", "2026-12-01"), usd), List.of(), null, "0"));

        assertThat(statement.revenue()).isEqualByComparingTo("1000000.00");
        assertThat(statement.credits()).extracting(Statement.CreditLine::opportunityId).containsExactly("kept");
        assertThat(statement.lines()).extracting(StatementLine::code).contains("excluded-currency");
    }

    @Test
    void theSameInputGivesTheSameStatement() {
        PayoutInput input = input(QUOTA, List.of(credit("o1", "1234567.89", "2026-10-01", null)), List.of(), new BigDecimal("77"), "1200");

        assertThat(calculator.calculate(input)).isEqualTo(calculator.calculate(input));
    }

    static PayoutInput input(String quota, List<Credit> credits, List<PayoutInput.Reversal> reversals, BigDecimal satisfaction,
                             String balance) {
        Period period = credits.isEmpty() || credits.get(0).wonOn().isBefore(Q4.start()) ? Q3 : Q4;
        return new PayoutInput("am", period, quota == null ? null : new BigDecimal(quota), credits, reversals, satisfaction,
                new BigDecimal(balance));
    }

    static Credit credit(String id, String amount, String wonOn, String reversedOn) {
        return new Credit(id, "cust-" + id, "am", new BigDecimal(amount), "CNY", LocalDate.parse(wonOn),
                reversedOn == null ? null : LocalDate.parse(reversedOn));
    }

    static BigDecimal sumOf(List<StatementLine> lines) {
        return lines.stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Band band(String from, String multiplier) {
        return new Band(new BigDecimal(from), new BigDecimal(multiplier));
    }

    static SatisfactionBand sat(String min, String factor) {
        return new SatisfactionBand(new BigDecimal(min), new BigDecimal(factor));
    }
}
