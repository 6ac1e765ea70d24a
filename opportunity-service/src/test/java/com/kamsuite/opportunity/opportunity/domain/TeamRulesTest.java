package com.kamsuite.opportunity.opportunity.domain;

import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.opportunity.org.domain.OrgPerson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O4: credit split and who may change the primary owner. */
class TeamRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private final CreditSplitPolicy split = new CreditSplitPolicy();
    private final OwnerChangePolicy ownerChange = new OwnerChangePolicy();

    /** liu.yang reported to zhang.wei until 2026-10-01, to li.na since. */
    private final OrgPerson liuYang = new OrgPerson("liu.yang", "div-power", null, List.of(
            new OrgPerson.Line("zhang.wei", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-10-01")),
            new OrgPerson.Line("li.na", LocalDate.parse("2026-10-01"), null)));
    private final OrgPerson chenJing = new OrgPerson("chen.jing", "div-power", null, List.of(
            new OrgPerson.Line("zhang.wei", LocalDate.parse("2026-01-01"), null)));

    @Test
    void aCreditSplitAddsUpToExactlyOneHundred() {
        assertThatCode(() -> split.check(Map.of("a", new BigDecimal("33.33"), "b", new BigDecimal("66.67")), List.of("a", "b")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> split.check(Map.of("a", new BigDecimal("50"), "b", new BigDecimal("49.99")), List.of("a", "b")))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "credit-split-not-100");
    }

    @Test
    void onlyTeamMembersShareAndEveryShareIsPositive() {
        assertThatThrownBy(() -> split.check(Map.of("a", new BigDecimal("100")), List.of("b")))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "not-a-member");
        assertThatThrownBy(() -> split.check(Map.of("a", new BigDecimal("100"), "b", BigDecimal.ZERO), List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> split.check(Map.of("a", new BigDecimal("99.995"), "b", new BigDecimal("0.005")), List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOwnersCurrentSuperiorMayChangeTheOwner() {
        assertThatCode(() -> ownerChange.check(Optional.of(liuYang), "chen.jing", Optional.of(chenJing), "li.na", false, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void aFormerSuperiorOrAColleagueMayNot() {
        assertThatThrownBy(() -> ownerChange.check(Optional.of(liuYang), "chen.jing", Optional.of(chenJing), "zhang.wei", false, TODAY))
                .isInstanceOf(ForbiddenException.class).hasFieldOrPropertyWithValue("code", "not-owners-superior");
        assertThatThrownBy(() -> ownerChange.check(Optional.of(liuYang), "chen.jing", Optional.of(chenJing), "chen.jing", false, TODAY))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theDivisionHeadMayEvenWhenTheOwnerIsUnknownToTheReplica() {
        assertThatCode(() -> ownerChange.check(Optional.empty(), "chen.jing", Optional.of(chenJing), "wang.fang", true, TODAY))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ownerChange.check(Optional.empty(), "chen.jing", Optional.of(chenJing), "li.na", false, TODAY))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anOwnerWhoLeftIsHandedOverByTheirLastSuperior() {
        OrgPerson left = new OrgPerson("liu.yang", "div-power", LocalDate.parse("2026-11-01"), List.of(
                new OrgPerson.Line("li.na", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-11-01"))));

        assertThat(left.activeOn(TODAY)).isFalse();
        assertThat(left.superiorOn(TODAY)).contains("li.na");
        assertThatCode(() -> ownerChange.check(Optional.of(left), "chen.jing", Optional.of(chenJing), "li.na", false, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void theNewOwnerMustBeAnActivePersonOfTheDivision() {
        OrgPerson gone = new OrgPerson("old.hand", "div-power", LocalDate.parse("2026-06-01"), List.of(
                new OrgPerson.Line("li.na", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-01"))));

        assertThatThrownBy(() -> ownerChange.check(Optional.of(liuYang), "old.hand", Optional.of(gone), "li.na", false, TODAY))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "unknown-person");
        assertThatThrownBy(() -> ownerChange.check(Optional.of(liuYang), "nobody", Optional.empty(), "li.na", false, TODAY))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theNewOwnerMustSellWhenTheReplicaKnowsTheirRoles() {
        OrgPerson hr = new OrgPerson("zhou.min", "div-power", null, List.of(
                new OrgPerson.Line("wang.fang", LocalDate.parse("2026-01-01"), null, List.of("HR"))));
        OrgPerson manager = new OrgPerson("zhang.wei", "div-power", null, List.of(
                new OrgPerson.Line("li.na", LocalDate.parse("2026-01-01"), null, List.of("SALES_MANAGER"))));

        assertThatThrownBy(() -> ownerChange.check(Optional.of(liuYang), "zhou.min", Optional.of(hr), "wang.fang", true, TODAY))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "not-a-seller");
        assertThatCode(() -> ownerChange.check(Optional.of(liuYang), "zhang.wei", Optional.of(manager), "li.na", false, TODAY))
                .doesNotThrowAnyException();
        // chenJing's replica lines carry no roles (recorded before roles were kept): only activity is checked.
        assertThatCode(() -> ownerChange.check(Optional.of(liuYang), "chen.jing", Optional.of(chenJing), "li.na", false, TODAY))
                .doesNotThrowAnyException();
    }
}
