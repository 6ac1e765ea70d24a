package com.kamsuite.opportunity.opportunity.domain;

import com.kamsuite.events.opportunity.OpportunityConfirmed;
import com.kamsuite.events.opportunity.OpportunityCreated;
import com.kamsuite.events.opportunity.OpportunityOwnerChanged;
import com.kamsuite.events.opportunity.OpportunityRevised;
import com.kamsuite.events.opportunity.OpportunityStageChanged;
import com.kamsuite.events.opportunity.OpportunityWon;
import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.NOW;
import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.OWNER;
import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.lastEvent;
import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.newOpportunity;
import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.readyForStage04;
import static com.kamsuite.opportunity.opportunity.domain.OpportunityMother.switchgear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** O1 content and revisions, O4 sales team and owner, O8 confirmation. */
class OpportunityTest {

    private static final Money MORE = new Money(new BigDecimal("1400000"), "CNY");

    @Test
    void aNewOpportunityHasItsOwnerAsPrimaryOwnerAndItsFirstRevision() {
        Opportunity opportunity = Opportunity.create("opp-2", "div-power", "cust-1", "Framework", new Money(BigDecimal.TEN, "CNY"),
                null, null, List.of(), OWNER, FunnelRules.DEFAULT, NOW);

        assertThat(opportunity.team()).containsExactly(new TeamMember(OWNER, TeamRole.PRIMARY_OWNER, null));
        assertThat(opportunity.revisions()).singleElement().satisfies(r -> assertThat(r.number()).isEqualTo(1));
        assertThat(lastEvent(opportunity, OpportunityCreated.class).stage()).isEqualTo("01");
    }

    @Test
    void aRevisionKeepsTheOldVersionAndAnnouncesTheWholeNewContent() {
        Opportunity opportunity = newOpportunity();
        ProductLine more = new ProductLine("KYN28-12", "KYN28-12 switchgear", "1250 A", new BigDecimal("44.000"),
                new BigDecimal("30000"), new BigDecimal("31000"), "2027-06", null);

        boolean changed = opportunity.revise("cust-1", "2027 framework, phase 1", MORE, LocalDate.parse("2027-04-30"),
                OpportunitySource.CHANNEL, List.of(more), OWNER, "second substation", NOW.plusSeconds(5));

        assertThat(changed).isTrue();
        assertThat(opportunity.revisions()).hasSize(2);
        assertThat(opportunity.revisions().get(0).amount()).isEqualTo(new Money(new BigDecimal("1250000"), "CNY"));
        assertThat(opportunity.revisions().get(1).reason()).isEqualTo("second substation");
        OpportunityRevised event = lastEvent(opportunity, OpportunityRevised.class);
        assertThat(event.amount()).isEqualByComparingTo("1400000");
        assertThat(event.expectedCloseDate()).isEqualTo(LocalDate.parse("2027-04-30"));
        assertThat(event.revisedBy()).isEqualTo(OWNER);
        assertThat(event.products()).singleElement().satisfies(p -> {
            assertThat(p.quantity()).isEqualByComparingTo("44");
            assertThat(p.deliveryMonth()).isEqualTo(YearMonth.of(2027, 6));
        });
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
        Opportunity opportunity = newOpportunity();
        ProductLine same = new ProductLine("KYN28-12", "KYN28-12 switchgear", "1250 A", new BigDecimal("40.00"),
                new BigDecimal("30000.0"), new BigDecimal("31250"), "2027-05", null);

        boolean changed = opportunity.revise("cust-1", " 2027 switchgear framework ", new Money(new BigDecimal("1250000.00"), "CNY"),
                LocalDate.parse("2027-03-31"), OpportunitySource.MARKET_ACTIVITY, List.of(same), OWNER, null, NOW);

        assertThat(changed).isFalse();
        assertThat(opportunity.revisions()).hasSize(1);
        assertThat(opportunity.recordedEvents()).isEmpty();
    }

    @Test
    void aMergedCustomerIsFollowedToItsSurvivorAsARevision() {
        Opportunity opportunity = newOpportunity();

        assertThat(opportunity.customerMerged("cust-survivor", "customer-service", NOW)).isTrue();
        assertThat(opportunity.customerMerged("cust-survivor", "customer-service", NOW)).isFalse();

        assertThat(opportunity.customerId()).isEqualTo("cust-survivor");
        assertThat(lastEvent(opportunity, OpportunityRevised.class).customerId()).isEqualTo("cust-survivor");
        assertThat(opportunity.revisions()).hasSize(2);
    }

    @Test
    void productsNeedACodeAPositiveQuantityAndADeliveryMonth() {
        assertThatThrownBy(() -> new ProductLine(" ", null, null, BigDecimal.ONE, null, null, "2027-05", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProductLine("P", null, null, BigDecimal.ZERO, null, null, "2027-05", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProductLine("P", null, null, BigDecimal.ONE, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProductLine("P", null, null, BigDecimal.ONE, new BigDecimal("-1"), null, "2027-05", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ProductLine("P", null, null, new BigDecimal("100"), null, null, "2027-05", null).quantity().toPlainString())
                .isEqualTo("100");
    }

    @Test
    void aProductIsCountedInAUnCefactUnitOneByDefaultAndTheEventCarriesIt() {
        assertThat(new ProductLine("P", null, null, BigDecimal.ONE, null, null, "2027-05", null).unit()).isEqualTo("C62");
        assertThat(new ProductLine("P", null, null, BigDecimal.ONE, null, null, "2027-05", "SET").toEvent().unit()).isEqualTo("SET");
        assertThatThrownBy(() -> new ProductLine("P", null, null, BigDecimal.ONE, null, null, "2027-05", "cabinets"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UN/CEFACT");
    }

    @Test
    void onlyTheSalesTeamRevises() {
        Opportunity opportunity = newOpportunity();

        assertThatThrownBy(() -> opportunity.revise("cust-1", "x", MORE, null, null, List.of(), "chen.jing", null, NOW))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyThePrimaryOwnerManagesTheTeamAndNeverHandsOverOwnershipThatWay() {
        Opportunity opportunity = newOpportunity();
        opportunity.putMember("chen.jing", TeamRole.PRE_SALES, OWNER);

        assertThatThrownBy(() -> opportunity.putMember("zhao.lei", TeamRole.SERVICE, "chen.jing"))
                .isInstanceOf(ForbiddenException.class).hasFieldOrPropertyWithValue("code", "not-primary-owner");
        assertThatThrownBy(() -> opportunity.putMember("chen.jing", TeamRole.PRIMARY_OWNER, OWNER))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "owner-by-owner-change");
        assertThatThrownBy(() -> opportunity.removeMember(OWNER, OWNER)).isInstanceOf(RuleViolationException.class);
        assertThat(opportunity.team()).filteredOn(m -> m.role() == TeamRole.PRIMARY_OWNER).hasSize(1);
    }

    @Test
    void aMemberHoldingCreditIsNotRemovedUntilTheCreditIsSplitAnew() {
        Opportunity opportunity = newOpportunity();
        opportunity.putMember("chen.jing", TeamRole.PRE_SALES, OWNER);
        opportunity.splitCredit(Map.of(OWNER, new BigDecimal("60"), "chen.jing", new BigDecimal("40")), OWNER);

        assertThatThrownBy(() -> opportunity.removeMember("chen.jing", OWNER))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "member-holds-credit");
        opportunity.splitCredit(Map.of(OWNER, new BigDecimal("100")), OWNER);
        opportunity.removeMember("chen.jing", OWNER);
        assertThat(opportunity.team()).extracting(TeamMember::personId).containsExactly(OWNER);
    }

    @Test
    void anOwnerChangeKeepsExactlyOnePrimaryOwnerAndTheCreditFollowsTheNewOwner() {
        Opportunity opportunity = newOpportunity();
        opportunity.putMember("chen.jing", TeamRole.PRE_SALES, OWNER);
        opportunity.splitCredit(Map.of(OWNER, new BigDecimal("70"), "chen.jing", new BigDecimal("30")), OWNER);

        opportunity.changeOwner("zhou.qi", "zhang.wei", "liu.yang moves north", NOW);

        assertThat(opportunity.ownerId()).isEqualTo("zhou.qi");
        assertThat(opportunity.team()).containsExactlyInAnyOrder(
                new TeamMember(OWNER, TeamRole.ACCOUNT_MANAGER, null),
                new TeamMember("chen.jing", TeamRole.PRE_SALES, new BigDecimal("30")),
                new TeamMember("zhou.qi", TeamRole.PRIMARY_OWNER, new BigDecimal("70")));
        assertThat(opportunity.credits()).extracting(OpportunityWon.Credit::percent).map(BigDecimal::intValue)
                .containsExactlyInAnyOrder(30, 70);
        OpportunityOwnerChanged event = lastEvent(opportunity, OpportunityOwnerChanged.class);
        assertThat(event.previousOwnerId()).isEqualTo(OWNER);
        assertThat(event.ownerId()).isEqualTo("zhou.qi");
        assertThat(event.changedBy()).isEqualTo("zhang.wei");
        assertThat(opportunity.ownerChanges()).singleElement().satisfies(c -> assertThat(c.reason()).isEqualTo("liu.yang moves north"));
        assertThatThrownBy(() -> opportunity.changeOwner("zhou.qi", "zhang.wei", null, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aNewOwnerAlreadyOnTheTeamAddsTheHandedOverCreditToTheirOwn() {
        Opportunity opportunity = newOpportunity();
        opportunity.putMember("chen.jing", TeamRole.PRE_SALES, OWNER);
        opportunity.splitCredit(Map.of(OWNER, new BigDecimal("70"), "chen.jing", new BigDecimal("30")), OWNER);

        opportunity.changeOwner("chen.jing", "zhang.wei", null, NOW);

        assertThat(opportunity.credits()).containsExactly(new OpportunityWon.Credit("chen.jing", new BigDecimal("100")));
        assertThat(opportunity.team()).filteredOn(m -> m.role() == TeamRole.PRIMARY_OWNER).extracting(TeamMember::personId)
                .containsExactly("chen.jing");
    }

    @Test
    void confirmationByThePrimaryOwnerAnnouncesTheForecastLineWithProducts() {
        Opportunity opportunity = readyForStage04();
        opportunity.moveTo(Stage.S04, FunnelRules.DEFAULT, OWNER, null, NOW);

        opportunity.confirm(OWNER, NOW);

        assertThat(opportunity.confirmed()).isTrue();
        OpportunityConfirmed event = lastEvent(opportunity, OpportunityConfirmed.class);
        assertThat(event.stage()).isEqualTo("04");
        assertThat(event.probability()).isEqualByComparingTo("40");
        assertThat(event.expectedCloseDate()).isEqualTo(LocalDate.parse("2027-03-31"));
        assertThat(event.products()).containsExactly(switchgear().toEvent());
        assertThat(event.confirmedBy()).isEqualTo(OWNER);
    }

    @Test
    void onlyThePrimaryOwnerConfirmsAndOnlyOnce() {
        Opportunity opportunity = newOpportunity();
        opportunity.putMember("chen.jing", TeamRole.PRE_SALES, OWNER);

        assertThatThrownBy(() -> opportunity.confirm("chen.jing", NOW)).isInstanceOf(ForbiddenException.class);
        opportunity.confirm(OWNER, NOW);
        assertThatThrownBy(() -> opportunity.confirm(OWNER, NOW))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "already-confirmed");
    }

    @Test
    void aForecastableOpportunityNeedsAnExpectedCloseDate() {
        Opportunity opportunity = newOpportunity();
        opportunity.revise("cust-1", opportunity.name(), opportunity.amount(), null, opportunity.source(),
                opportunity.products(), OWNER, "date unknown", NOW);

        assertThatThrownBy(() -> opportunity.confirm(OWNER, NOW))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "close-date-required");
    }

    @Test
    void aConfirmedOpportunityKeepsAnnouncingItsRevisionsAndMoves() {
        Opportunity opportunity = readyForStage04();
        opportunity.confirm(OWNER, NOW);

        opportunity.revise("cust-1", opportunity.name(), MORE, opportunity.expectedCloseDate(), opportunity.source(),
                opportunity.products(), OWNER, "bigger", NOW);
        opportunity.moveTo(Stage.S02, FunnelRules.DEFAULT, OWNER, null, NOW);

        assertThat(opportunity.recordedEvents()).extracting(e -> e.data().getClass().getSimpleName())
                .endsWith("OpportunityConfirmed", "OpportunityRevised", "OpportunityStageChanged");
        assertThat(lastEvent(opportunity, OpportunityStageChanged.class).amount()).isEqualByComparingTo("1400000");
    }
}
