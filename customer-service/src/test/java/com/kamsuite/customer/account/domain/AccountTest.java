package com.kamsuite.customer.account.domain;

import com.kamsuite.customer.common.domain.Change;
import com.kamsuite.events.customer.CustomerAssigned;
import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.NotFoundException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.kamsuite.customer.account.domain.AccountMother.DIVISION;
import static com.kamsuite.customer.account.domain.AccountMother.MANAGER;
import static com.kamsuite.customer.account.domain.AccountMother.NOW;
import static com.kamsuite.customer.account.domain.AccountMother.OPENED;
import static com.kamsuite.customer.account.domain.AccountMother.abb;
import static com.kamsuite.customer.account.domain.AccountMother.chiefEngineer;
import static com.kamsuite.customer.account.domain.AccountMother.opened;
import static com.kamsuite.customer.account.domain.AccountMother.procurementDirector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AccountTest {

    @Test
    void anOpenedAccountIsTheDivisionsVendorRelationshipReviewedAtOpeningAndUnassigned() {
        Account account = opened("cust-1");

        assertThat(account.id()).isEqualTo("cust-1@" + DIVISION);
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.level()).isEqualTo(RelationshipLevel.VENDOR);
        assertThat(account.lastReviewedAt()).isEqualTo(OPENED);
        assertThat(account.isUnassigned()).isTrue();
        assertThat(account.history()).extracting(Change::category, Change::newValue).containsExactly(
                tuple("ACCOUNT", account.id()));
    }

    @Test
    void anAssignmentIsKeptAndAnnouncedOnceAndAnotherOwnerMakesASecond() {
        Account account = opened("cust-1");
        account.assign(MANAGER, "rule-1", "territory rule rule-1", "system", NOW);
        account.assign(MANAGER, "rule-1", "territory rule rule-1", "system", NOW);
        account.assign("chen.jing", null, "moves region", "zhang.wei", NOW);

        assertThat(account.ownerId()).isEqualTo("chen.jing");
        assertThat(account.assignments()).extracting(Assignment::from, Assignment::to)
                .containsExactly(tuple(null, MANAGER), tuple(MANAGER, "chen.jing"));
        assertThat(account.recordedEvents()).extracting(event -> ((CustomerAssigned) event.data()).previousAccountManagerId())
                .containsExactly(null, MANAGER);
    }

    @Test
    void keyPeopleAreNumberedInTheAccountTheirPersonalDataMarkedInTheHistoryAndEveryEditCountsAsAReview() {
        Account account = opened("cust-1");
        KeyPerson director = account.addKeyPerson(procurementDirector(), MANAGER, NOW);
        KeyPerson engineer = account.addKeyPerson(chiefEngineer(), MANAGER, NOW);
        account.removeKeyPerson(director.id(), MANAGER, NOW);
        KeyPerson third = account.addKeyPerson(procurementDirector(), MANAGER, NOW);

        assertThat(director.id()).isEqualTo("kp-1");
        assertThat(engineer.id()).isEqualTo("kp-2");
        assertThat(third.id()).isEqualTo("kp-3");
        assertThat(account.keyPeople()).extracting(KeyPerson::id).containsExactly("kp-2", "kp-3");
        assertThat(account.lastReviewedAt()).isEqualTo(NOW);
        assertThat(account.history()).filteredOn(change -> change.field().equals("kp-1.phone"))
                .extracting(Change::oldValue, Change::newValue, Change::personal)
                .containsExactly(tuple(null, "+86 139 0000 0000", true),
                        tuple("+86 139 0000 0000", null, true));
        assertThat(account.history()).filteredOn(change -> change.field().equals("kp-1.name")).allMatch(change -> !change.personal());
    }

    @Test
    void aCompetitorChangeKeepsOnlyTheFieldsThatChanged() {
        Account account = opened("cust-1");
        Competitor added = account.addCompetitor(abb(), MANAGER, NOW);
        account.updateCompetitor(added.id(), new Competitor(null, "ABB", "GIS switchgear", new BigDecimal("40"),
                "Brand", "Price"), MANAGER, NOW.plusSeconds(60));

        assertThat(account.competitors()).singleElement().extracting(Competitor::estimatedSharePercent).hasToString("40");
        assertThat(account.history()).filteredOn(change -> change.at().equals(NOW.plusSeconds(60)))
                .extracting(Change::field, Change::oldValue, Change::newValue)
                .containsExactly(tuple("co-1.estimatedSharePercent", "35", "40"));
    }

    @Test
    void anUnknownEntryIsNotFound() {
        Account account = opened("cust-1");

        assertThatThrownBy(() -> account.updateKeyPerson("kp-9", chiefEngineer(), MANAGER, NOW)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> account.removeCompetitor("co-9", MANAGER, NOW)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theLevelChangesToAnotherLevelOnlyAndNeverTakesEffectBeforeTheLastChange() {
        Account account = opened("cust-1");
        account.changeLevel(RelationshipLevel.PREFERRED_SUPPLIER, LocalDate.parse("2026-03-01"), "framework won", MANAGER, NOW);

        assertThat(account.level()).isEqualTo(RelationshipLevel.PREFERRED_SUPPLIER);
        assertThat(account.levelChanges()).singleElement().extracting(LevelChange::previous).isEqualTo(RelationshipLevel.VENDOR);
        assertThatThrownBy(() -> account.changeLevel(RelationshipLevel.PREFERRED_SUPPLIER, LocalDate.parse("2026-04-01"), null, MANAGER, NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("level-unchanged"));
        assertThatThrownBy(() -> account.changeLevel(RelationshipLevel.STRATEGIC_PARTNER, LocalDate.parse("2026-02-01"), null, MANAGER, NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("level-date-before-last"));
    }

    @Test
    void theSurvivorTakesOverTheDuplicatesPeopleCompetitorsOwnerAndHistoryOnce() {
        Account survivor = opened("cust-survivor");
        survivor.addKeyPerson(chiefEngineer(), MANAGER, OPENED);
        Account duplicate = opened("cust-duplicate");
        duplicate.assign("chen.jing", null, "by hand", "zhang.wei", OPENED);
        duplicate.addKeyPerson(procurementDirector(), "chen.jing", OPENED);
        duplicate.addCompetitor(abb(), "chen.jing", OPENED);

        assertThat(survivor.absorb(duplicate, "system", NOW)).isTrue();
        assertThat(survivor.absorb(duplicate, "system", NOW)).isFalse();
        duplicate.markMerged(survivor.id(), "system", NOW);

        assertThat(survivor.keyPeople()).extracting(KeyPerson::id, KeyPerson::name)
                .containsExactly(tuple("kp-1", "李工"), tuple("kp-2", "张建国"));
        assertThat(survivor.competitors()).extracting(Competitor::name).containsExactly("ABB");
        assertThat(survivor.ownerId()).isEqualTo("chen.jing");
        assertThat(survivor.history()).extracting(Change::field).contains("kp-1.name", "co-1.name", "account");
        assertThat(survivor.history()).isSortedAccordingTo(Change.BY_TIME);
        assertThat(duplicate.status()).isEqualTo(AccountStatus.MERGED);
        assertThatThrownBy(() -> duplicate.review(MANAGER, NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("customer-merged"));
    }
}
