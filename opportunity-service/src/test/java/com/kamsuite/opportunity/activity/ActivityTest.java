package com.kamsuite.opportunity.activity;

import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.opportunity.activity.domain.ActionItem;
import com.kamsuite.opportunity.activity.domain.Activity;
import com.kamsuite.opportunity.activity.domain.ActivityType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O7: activities are planned, then held or cancelled once; actions are overdue while open past their due date. */
class ActivityTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    private static Activity workshop() {
        return Activity.plan("act-1", "div-power", "opp-1", "cust-1", ActivityType.WORKSHOP, "Design workshop",
                Instant.parse("2026-12-01T02:00:00Z"), 120, "HQ", List.of("liu.yang"), null, "liu.yang", NOW);
    }

    @Test
    void aHeldActivityKeepsItsOutcomeAndCannotBeCancelledAfterwards() {
        Activity activity = workshop();

        activity.complete("second round agreed", "liu.yang", NOW.plusSeconds(60));

        assertThat(activity.status()).isEqualTo(Activity.Status.DONE);
        assertThat(activity.closure().text()).isEqualTo("second round agreed");
        assertThat(activity.closure().by()).isEqualTo("liu.yang");
        assertThatThrownBy(() -> activity.cancel("no", "liu.yang", NOW))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "activity-not-planned");
    }

    @Test
    void anActivityNeedsASubjectATimeAndAPositiveDuration() {
        assertThatThrownBy(() -> Activity.plan("a", "d", null, "c", ActivityType.CALL, " ", NOW, null, null, null, null, "p", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Activity.plan("a", "d", null, "c", ActivityType.CALL, "s", null, null, null, null, null, "p", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Activity.plan("a", "d", null, "c", ActivityType.CALL, "s", NOW, 0, null, null, null, "p", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOpenActionIsOverdueTheDayAfterItsDueDateAndNotOnceDone() {
        ActionItem item = ActionItem.plan("i", "div-power", "opp-1", "cust-1", "Send drawings", "chen.jing",
                LocalDate.parse("2026-11-25"), "liu.yang", NOW);

        assertThat(item.overdueOn(LocalDate.parse("2026-11-25"))).isFalse();
        assertThat(item.overdueOn(LocalDate.parse("2026-11-26"))).isTrue();
        item.complete("sent", "chen.jing", NOW);
        assertThat(item.overdueOn(LocalDate.parse("2026-11-26"))).isFalse();
        assertThatThrownBy(() -> item.drop("x", "chen.jing", NOW)).isInstanceOf(ConflictException.class);
    }
}
