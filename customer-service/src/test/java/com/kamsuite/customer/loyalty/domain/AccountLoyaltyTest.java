package com.kamsuite.customer.loyalty.domain;

import com.kamsuite.customer.common.domain.Change;
import com.kamsuite.customer.common.domain.Money;
import com.kamsuite.events.customer.CustomerSatisfactionRecorded;
import com.kamsuite.kit.domain.ConflictException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AccountLoyaltyTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void aSurveyIsNumberedKeptAndAnnouncedWithTheAccountsOwner() {
        AccountLoyalty loyalty = loyalty("cust-1");
        Survey added = loyalty.recordSurvey(survey(82), "liu.yang", NOW);

        assertThat(added.id()).isEqualTo("sv-1");
        assertThat(loyalty.history()).extracting(Change::category).containsExactly("LOYALTY");
        assertThat(loyalty.recordedEvents()).singleElement().extracting(event -> ((CustomerSatisfactionRecorded) event.data()).accountManagerId())
                .isEqualTo("liu.yang");
    }

    @Test
    void aComplaintIsResolvedOnce() {
        AccountLoyalty loyalty = loyalty("cust-1");
        Complaint open = loyalty.openComplaint(new Complaint(null, "Late delivery", LocalDate.parse("2026-09-01"), null, null, "liu.yang"), NOW);
        Complaint resolved = loyalty.resolveComplaint(open.id(), LocalDate.parse("2026-09-12"), "expedited", "liu.yang", NOW);

        assertThat(resolved.daysOpen(LocalDate.parse("2026-11-20"))).isEqualTo(11);
        assertThatThrownBy(() -> loyalty.resolveComplaint(open.id(), LocalDate.parse("2026-09-13"), "again", "liu.yang", NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("complaint-resolved"));
    }

    @Test
    void aBudgetOfAYearReplacesTheYearsBudget() {
        AccountLoyalty loyalty = loyalty("cust-1");
        loyalty.setBudget(budget(2027, "1000000"), "liu.yang", NOW);
        loyalty.setBudget(budget(2026, "800000"), "liu.yang", NOW);
        loyalty.setBudget(budget(2027, "1200000"), "liu.yang", NOW);

        assertThat(loyalty.budgets()).extracting(CategoryBudget::year).containsExactly(2026, 2027);
        assertThat(loyalty.budget(2027)).get().extracting(b -> b.budget().amount()).isEqualTo(new BigDecimal("1200000"));
    }

    @Test
    void theSurvivorTakesOverSurveysAndComplaintsRenumberedAndOnlyTheBudgetsOfYearsItLacksOnce() {
        AccountLoyalty survivor = loyalty("cust-survivor");
        survivor.recordSurvey(survey(90), "liu.yang", NOW);
        survivor.setBudget(budget(2027, "1000000"), "liu.yang", NOW);
        AccountLoyalty duplicate = loyalty("cust-duplicate");
        duplicate.recordSurvey(survey(40), "chen.jing", NOW);
        duplicate.setBudget(budget(2027, "5"), "chen.jing", NOW);
        duplicate.setBudget(budget(2028, "7"), "chen.jing", NOW);

        assertThat(survivor.absorb(duplicate, "system", NOW)).isTrue();
        assertThat(survivor.absorb(duplicate, "system", NOW)).isFalse();

        assertThat(survivor.surveys()).extracting(Survey::id, s -> s.score().intValue())
                .containsExactly(tuple("sv-1", 90), tuple("sv-2", 40));
        assertThat(survivor.budgets()).extracting(b -> b.budget().amount().toPlainString()).containsExactly("1000000", "7");
    }

    private static AccountLoyalty loyalty(String customerId) {
        return AccountLoyalty.of(customerId + "@div-power", customerId, "div-power");
    }

    private static Survey survey(int score) {
        return new Survey(null, BigDecimal.valueOf(score), LocalDate.parse("2026-10-20"), null, "liu.yang");
    }

    private static CategoryBudget budget(int year, String amount) {
        return new CategoryBudget(year, new Money(new BigDecimal(amount), "CNY"));
    }
}
