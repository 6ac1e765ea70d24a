package com.kamsuite.forecast.org;

import com.kamsuite.forecast.org.domain.Hierarchy;
import com.kamsuite.forecast.org.domain.OrgPerson;
import com.kamsuite.forecast.shared.domain.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HierarchyTest {

    static final LocalDate START = LocalDate.parse("2026-01-01");
    static final LocalDate REORG = LocalDate.parse("2027-01-01");

    /** am reports to mgr until the end of 2026, then to dir; left joins in February 2027; gone left at the end of 2026. */
    static final List<OrgPerson> PEOPLE = List.of(
            new OrgPerson("dir", "dir", List.of(new OrgPerson.Line(null, List.of("SALES_DIRECTOR"), START, null))),
            new OrgPerson("mgr", "mgr", List.of(new OrgPerson.Line("dir", List.of("SALES_MANAGER"), START, null))),
            new OrgPerson("am", "am", List.of(new OrgPerson.Line("mgr", List.of("ACCOUNT_MANAGER"), START, REORG),
                    new OrgPerson.Line("dir", List.of("ACCOUNT_MANAGER"), REORG, null))),
            new OrgPerson("late", "late", List.of(new OrgPerson.Line("mgr", List.of("ACCOUNT_MANAGER"), LocalDate.parse("2027-02-01"), null))),
            new OrgPerson("gone", "gone", List.of(new OrgPerson.Line("mgr", List.of("ACCOUNT_MANAGER"), START, REORG))),
            new OrgPerson("ops", "ops", List.of(new OrgPerson.Line("dir", List.of("SALES_OPERATIONS"), START, null))));

    @Test
    void aForecastOfAPeriodUsesThatPeriodsHierarchy() {
        Period q4 = new Period("2026-Q4");
        Period q1 = new Period("2027-Q1");

        assertThat(Hierarchy.in(PEOPLE, q4.start(), q4.end()).superiorOf("am")).contains("mgr");
        assertThat(Hierarchy.in(PEOPLE, q1.start(), q1.end()).superiorOf("am")).contains("dir");
        assertThat(Hierarchy.in(PEOPLE, q1.start(), q1.end()).directReportsOf("mgr")).containsExactly("late");
        assertThat(Hierarchy.in(PEOPLE, q4.start(), q4.end()).directReportsOf("mgr")).containsExactly("am", "gone");
    }

    @Test
    void everyoneBelowIsFoundAtAnyDepthAndOnlyForecastingRolesAreExpectedToForecast() {
        Period q4 = new Period("2026-Q4");
        Hierarchy hierarchy = Hierarchy.in(PEOPLE, q4.start(), q4.end());

        assertThat(hierarchy.allBelow("dir")).containsExactlyInAnyOrder("mgr", "am", "gone", "ops");
        assertThat(hierarchy.forecasters()).containsExactly("am", "dir", "gone", "mgr");
        assertThat(hierarchy.superiorOf("dir")).isEmpty();
        assertThat(hierarchy.selfAndBelow("mgr")).containsExactly("am", "gone", "mgr");
        assertThat(hierarchy.levelsBelow("dir")).isEqualTo(2);
        assertThat(hierarchy.levelsBelow("mgr")).isEqualTo(1);
        assertThat(hierarchy.levelsBelow("am")).isZero();
    }

    @Test
    void aCycleInBadDataDoesNotLoop() {
        var cyclic = List.of(new OrgPerson("a", "a", List.of(new OrgPerson.Line("b", List.of(), START, null))),
                new OrgPerson("b", "b", List.of(new OrgPerson.Line("a", List.of(), START, null))));

        assertThat(Hierarchy.in(cyclic, START, START.plusDays(1)).allBelow("a")).containsExactly("b");
    }
}
