package com.kamsuite.teamincentive.org;

import com.kamsuite.teamincentive.org.domain.Hierarchy;
import com.kamsuite.teamincentive.org.domain.Person;
import com.kamsuite.teamincentive.org.domain.ReportingCycleException;
import com.kamsuite.teamincentive.org.domain.ReportingLine;
import com.kamsuite.teamincentive.org.domain.SalesRole;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.events.org.ReportingLineChanged;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HierarchyTest {

    static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    static final LocalDate JUL = LocalDate.of(2026, 7, 1);
    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    final Person head = person("head", null, SalesRole.DIVISION_HEAD);
    final Person director = person("director", "head", SalesRole.SALES_DIRECTOR);
    final Person manager = person("manager", "director", SalesRole.SALES_MANAGER);
    final Person am = person("am", "manager", SalesRole.ACCOUNT_MANAGER);

    @Test
    void aChangeFromADateKeepsTheEarlierLineForEarlierDates() {
        am.changeLine(line("director", SalesRole.SALES_MANAGER, JUL), "hr", "promoted", NOW);

        Hierarchy hierarchy = Hierarchy.of(List.of(head, director, manager, am));
        assertThat(hierarchy.superiorOn("am", LocalDate.of(2026, 6, 30))).contains("manager");
        assertThat(hierarchy.superiorOn("am", JUL)).contains("director");
        assertThat(hierarchy.chainOn("am", LocalDate.of(2026, 3, 31))).containsExactly("manager", "director", "head");
        assertThat(am.lines()).extracting(ReportingLine::effectiveFrom, ReportingLine::effectiveTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JAN, JUL), org.assertj.core.groups.Tuple.tuple(JUL, null));
    }

    @Test
    void aRetroactiveChangeKeepsALaterScheduledChange() {
        am.changeLine(line("director", SalesRole.SALES_MANAGER, JUL), "hr", null, NOW);
        am.changeLine(line("head", SalesRole.ACCOUNT_MANAGER, LocalDate.of(2026, 4, 1)), "hr", null, NOW);

        assertThat(am.lines()).extracting(ReportingLine::superiorId, ReportingLine::effectiveFrom, ReportingLine::effectiveTo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("manager", JAN, LocalDate.of(2026, 4, 1)),
                        org.assertj.core.groups.Tuple.tuple("head", LocalDate.of(2026, 4, 1), JUL),
                        org.assertj.core.groups.Tuple.tuple("director", JUL, null));
    }

    @Test
    void reportingToOneselfIsACycle() {
        assertThatThrownBy(() -> am.changeLine(line("am", SalesRole.ACCOUNT_MANAGER, JUL), "hr", null, NOW))
                .isInstanceOf(ReportingCycleException.class);
    }

    @Test
    void reportingToOnesOwnSubordinateIsACycle() {
        Hierarchy hierarchy = Hierarchy.of(List.of(head, director, manager, am));
        List<ReportingLine> proposed = director.linesWith(line("am", SalesRole.SALES_DIRECTOR, JUL));

        assertThatThrownBy(() -> hierarchy.requireNoCycle("director", proposed, JUL))
                .isInstanceOf(ReportingCycleException.class);
    }

    @Test
    void aCycleThatOnlyAppearsWhenALaterScheduledChangeTakesEffectIsFound() {
        // From October the account manager is scheduled to report to the director; making the director report to
        // the account manager from July is fine in July–September but a cycle from October.
        am.changeLine(line("director", SalesRole.ACCOUNT_MANAGER, LocalDate.of(2026, 10, 1)), "hr", null, NOW);
        Hierarchy hierarchy = Hierarchy.of(List.of(head, director, manager, am));
        List<ReportingLine> proposed = manager.linesWith(line("am", SalesRole.SALES_MANAGER, JUL));

        assertThatThrownBy(() -> hierarchy.requireNoCycle("manager", proposed, JUL)).isInstanceOf(ReportingCycleException.class);
        List<ReportingLine> harmless = director.linesWith(line("head", SalesRole.SALES_DIRECTOR, JUL));
        hierarchy.requireNoCycle("director", harmless, JUL);
    }

    @Test
    void leavingEndsTheLastLineAndIsAnnouncedWithTheWholeHistory() {
        am.clearRecordedEvents();
        am.leave(JUL, "hr", NOW);

        assertThat(am.lineOn(JUL)).isEmpty();
        assertThat(am.lineOn(JUL.minusDays(1))).isPresent();
        var event = (ReportingLineChanged) am.recordedEvents().get(0).data();
        assertThat(event.leftOn()).isEqualTo(JUL);
        assertThat(event.superiorId()).isNull();
        assertThat(event.lines()).singleElement().satisfies(line -> assertThat(line.effectiveTo()).isEqualTo(JUL));
    }

    @Test
    void aChangeBeforeJoiningIsRefused() {
        assertThatThrownBy(() -> am.changeLine(line("head", SalesRole.ACCOUNT_MANAGER, JAN.minusDays(1)), "hr", null, NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void subordinatesIncludeIndirectReports() {
        Hierarchy hierarchy = Hierarchy.of(List.of(head, director, manager, am));

        assertThat(hierarchy.subordinatesOn("director", JUL)).containsExactly("am", "manager");
        assertThat(hierarchy.isAbove("head", "am", JUL)).isTrue();
        assertThat(hierarchy.isAbove("am", "head", JUL)).isFalse();
    }

    private static Person person(String id, String superior, SalesRole role) {
        return Person.register(id, "div-a", id, line(superior, role, JAN), "hr", NOW);
    }

    private static ReportingLine line(String superior, SalesRole role, LocalDate from) {
        return new ReportingLine(superior, null, List.of(role), from, null);
    }
}
