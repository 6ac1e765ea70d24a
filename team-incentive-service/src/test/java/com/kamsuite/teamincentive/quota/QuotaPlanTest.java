package com.kamsuite.teamincentive.quota;

import com.kamsuite.events.quota.QuotaAttainmentChanged;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.teamincentive.quota.domain.Allocation;
import com.kamsuite.teamincentive.quota.domain.QuotaPlan;
import com.kamsuite.teamincentive.quota.domain.Seasonality;
import com.kamsuite.teamincentive.quota.domain.TargetKind;
import com.kamsuite.teamincentive.sales.domain.Credit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QuotaPlanTest {

    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void attainmentOfSomePeopleIsRecomputedAndRolledUpWithoutTouchingTheOthers() {
        QuotaPlan plan = approved(2, List.of(credit("o1", "p0", "100.00"), credit("o2", "p1", "50.00")));
        plan.clearRecordedEvents();

        boolean changed = plan.trackAttainment(Set.of("p1"), List.of(credit("o2", "p1", "50.00"), credit("o3", "p1", "25.00")), "o3");

        assertThat(changed).isTrue();
        assertThat(plan.achieved("p0")).isEqualByComparingTo("100.00");
        assertThat(plan.achieved("p1")).isEqualByComparingTo("75.00");
        assertThat(plan.achieved("div")).isEqualByComparingTo("175.00");
        var event = (QuotaAttainmentChanged) plan.recordedEvents().get(0).data();
        assertThat(event.changes()).extracting(QuotaAttainmentChanged.Change::targetId).containsExactly("div", "p1");
        assertThat(plan.trackAttainment(Set.of("p1"), List.of(credit("o2", "p1", "50.00"), credit("o3", "p1", "25.00")), "o3"))
                .as("the same credits again change nothing").isFalse();
    }

    @Test
    void aBigPlansAnnouncementIsSplitIntoRecordsOfAtMost500Targets() {
        QuotaPlan plan = approved(1200, List.of());

        List<Object> events = plan.recordedEvents().stream().map(AggregateRoot.RecordedEvent::data).toList();
        List<Integer> sizes = events.stream().filter(QuotaAttainmentChanged.class::isInstance)
                .map(e -> ((QuotaAttainmentChanged) e).changes().size()).toList();
        assertThat(sizes).containsExactly(500, 500, 201);
    }

    private static QuotaPlan approved(int people, List<Credit> credits) {
        QuotaPlan plan = QuotaPlan.draft("qp", "div-a", "2026", YearMonth.of(2026, 1), YearMonth.of(2026, 12), "CNY",
                BigDecimal.valueOf(1000L * people), Seasonality.flat(YearMonth.of(2026, 1), YearMonth.of(2026, 12)), null, "ops", NOW);
        List<Allocation> allocations = new ArrayList<>();
        allocations.add(new Allocation(TargetKind.DIVISION, "div", null, BigDecimal.valueOf(1000L * people)));
        for (int i = 0; i < people; i++) {
            allocations.add(new Allocation(TargetKind.PERSON, "p" + i, "div", BigDecimal.valueOf(1000)));
        }
        plan.allocate(allocations, "ops", NOW);
        plan.submit("ops", NOW);
        plan.approve(credits, "head", NOW);
        return plan;
    }

    private static Credit credit(String opportunity, String person, String amount) {
        return new Credit(opportunity, "c", person, new BigDecimal(amount), "CNY", LocalDate.of(2026, 5, 1), null);
    }
}
