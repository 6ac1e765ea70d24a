package com.kamsuite.customer.plan.domain;

import com.kamsuite.customer.common.domain.Change;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AccountPlanningTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void eachSaveOfAYearsPlanIsItsNextVersionKeptInTheHistory() {
        AccountPlanning planning = planning("cust-1");
        planning.save(2027, content("Win the tender"), "first", "liu.yang", NOW);
        AccountPlan second = planning.save(2027, content("Become preferred supplier"), "after Q3", "liu.yang", NOW);
        planning.save(2026, content("Keep the service contract"), null, "liu.yang", NOW);

        assertThat(second.versions()).extracting(PlanVersion::version).containsExactly(1, 2);
        assertThat(planning.plans()).extracting(AccountPlan::year).containsExactly(2026, 2027);
        assertThat(planning.history()).extracting(Change::field, Change::oldValue, Change::newValue).containsExactly(
                tuple("plan.2027", null, "1"), tuple("plan.2027", "1", "2"),
                tuple("plan.2026", null, "1"));
    }

    @Test
    void theSurvivorKeepsItsOwnPlanOfAYearAndTakesOverTheYearsItLacksOnce() {
        AccountPlanning survivor = planning("cust-survivor");
        survivor.save(2027, content("Survivor's"), null, "liu.yang", NOW);
        AccountPlanning duplicate = planning("cust-duplicate");
        duplicate.save(2027, content("Duplicate's"), null, "chen.jing", NOW);
        duplicate.save(2028, content("Duplicate's next"), null, "chen.jing", NOW);

        assertThat(survivor.absorb(duplicate, "system", NOW)).isTrue();
        assertThat(survivor.absorb(duplicate, "system", NOW)).isFalse();

        assertThat(survivor.plans()).extracting(plan -> plan.latest().content().goals().get(0))
                .containsExactly("Survivor's", "Duplicate's next");
    }

    private static AccountPlanning planning(String customerId) {
        return AccountPlanning.of(customerId + "@div-power", customerId, "div-power");
    }

    private static PlanContent content(String goal) {
        return new PlanContent(List.of(goal), null, null, null, null, new PlanTeam(TeamForm.KEY_ACCOUNT_DEPARTMENT, null, null));
    }
}
