package com.kamsuite.teamincentive.quota;

import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.teamincentive.quota.domain.Allocation;
import com.kamsuite.teamincentive.quota.domain.AllocationTree;
import com.kamsuite.teamincentive.quota.domain.MonthWeight;
import com.kamsuite.teamincentive.quota.domain.QuotaWorksheet;
import com.kamsuite.teamincentive.quota.domain.Seasonality;
import com.kamsuite.teamincentive.quota.domain.TargetKind;
import com.kamsuite.teamincentive.sales.domain.Credit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotaMathTest {

    @Test
    void theLastMonthTakesTheRoundingRemainderSoTheMonthsAddUpExactly() {
        var months = Seasonality.flat(YearMonth.of(2027, 1), YearMonth.of(2027, 3)).spread(new BigDecimal("100.00"));

        assertThat(months.values()).containsExactly(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"));
    }

    @Test
    void monthsWeighTheirShare() {
        var seasonality = new Seasonality(List.of(new MonthWeight("2027-01", new BigDecimal("1")),
                new MonthWeight("2027-02", new BigDecimal("3"))));

        assertThat(seasonality.spread(new BigDecimal("1000.00")).values())
                .containsExactly(new BigDecimal("250.00"), new BigDecimal("750.00"));
    }

    @Test
    void allocationsThatDoNotAddUpToTheirParentAreRefusedNamingTheParent() {
        var tree = new AllocationTree(List.of(
                allocation(TargetKind.DIVISION, "div", null, "1000.00"),
                allocation(TargetKind.TERRITORY, "EAST", "div", "600.00"),
                allocation(TargetKind.TERRITORY, "NORTH", "div", "400.00"),
                allocation(TargetKind.PERSON, "am1", "EAST", "350.00"),
                allocation(TargetKind.PERSON, "am2", "EAST", "240.00")));

        assertThatThrownBy(() -> tree.requireConsistent(new BigDecimal("1000.00")))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> {
                    var refusal = (RuleViolationException) e;
                    assertThat(refusal.code()).isEqualTo("allocation-mismatch");
                    assertThat(refusal.properties()).containsEntry("targetId", "EAST")
                            .containsEntry("actual", new BigDecimal("590.00"));
                });
    }

    @Test
    void theDivisionMustCarryThePlanTotalAndChildrenSitBelowTheirParentsKind() {
        var tree = new AllocationTree(List.of(allocation(TargetKind.DIVISION, "div", null, "900.00")));
        assertThatThrownBy(() -> tree.requireConsistent(new BigDecimal("1000.00"))).hasMessageContaining("900.00");

        var upsideDown = new AllocationTree(List.of(allocation(TargetKind.DIVISION, "div", null, "10.00"),
                allocation(TargetKind.PERSON, "am1", "div", "10.00"), allocation(TargetKind.TEAM, "t", "am1", "10.00")));
        assertThatThrownBy(() -> upsideDown.requireConsistent(new BigDecimal("10.00")))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("allocation-shape");
    }

    @Test
    void theWorksheetSuggestsHistoryTimesGrowthWithTheHistorysSeasonality() {
        List<Credit> history = List.of(
                credit("o1", "am1", "300000.00", LocalDate.of(2026, 1, 15), null),
                credit("o2", "am2", "100000.00", LocalDate.of(2026, 3, 2), null),
                credit("o3", "am2", "999999.00", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 1)));

        var result = QuotaWorksheet.compute(YearMonth.of(2027, 1), YearMonth.of(2027, 3), "CNY", new BigDecimal("10"), history);

        assertThat(result.historyTotal()).isEqualByComparingTo("400000.00");
        assertThat(result.suggestedTotal()).isEqualByComparingTo("440000.00");
        assertThat(result.suggestedByMonth()).containsExactly(
                java.util.Map.entry("2027-01", new BigDecimal("330000.00")),
                java.util.Map.entry("2027-02", new BigDecimal("0.00")),
                java.util.Map.entry("2027-03", new BigDecimal("110000.00")));
        assertThat(result.suggestedByPerson()).containsEntry("am1", new BigDecimal("330000.00"))
                .containsEntry("am2", new BigDecimal("110000.00"));
    }

    private static Allocation allocation(TargetKind kind, String id, String parent, String amount) {
        return new Allocation(kind, id, parent, new BigDecimal(amount));
    }

    private static Credit credit(String opportunity, String person, String amount, LocalDate wonOn, LocalDate reversedOn) {
        return new Credit(opportunity, "c-" + opportunity, person, new BigDecimal(amount), "CNY", wonOn, reversedOn);
    }
}
