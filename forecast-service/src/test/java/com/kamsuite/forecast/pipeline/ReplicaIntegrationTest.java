package com.kamsuite.forecast.pipeline;

import com.kamsuite.events.opportunity.OpportunityCreated;
import com.kamsuite.events.opportunity.OpportunityOwnerChanged;
import com.kamsuite.events.opportunity.OpportunityRevised;
import com.kamsuite.events.opportunity.OpportunityStageChanged;
import com.kamsuite.events.org.ReportingLineChanged;
import com.kamsuite.forecast.ForecastServiceIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The replicas of opportunities and reporting lines: in order per aggregate, idempotent, division-checked. */
class ReplicaIntegrationTest extends ForecastServiceIntegrationTest {

    @Test
    void aDuplicateOrAnOlderEventChangesNothing() {
        Org org = newOrg();
        String opportunity = confirmOpportunity(org, org.am1(), "05", "60", "1000.00");
        String eventId = UUID.randomUUID().toString();
        var toStage6 = new OpportunityStageChanged(opportunity, "cust", org.am1(), "05", "06", new BigDecimal("80"),
                new BigDecimal("1000.00"), "CNY", org.am1(), null);
        publish(opportunity, org.division(), 2, eventId, toStage6);
        await().atMost(Duration.ofSeconds(30)).until(() -> "06".equals(opportunity(opportunity).getString("stage")));

        publish(opportunity, org.division(), 2, eventId, toStage6);
        publish(opportunity, org.division(), 3, UUID.randomUUID().toString(),
                new OpportunityOwnerChanged(opportunity, "cust", org.am1(), org.am2(), org.manager()));
        await().atMost(Duration.ofSeconds(30)).until(() -> org.am2().equals(opportunity(opportunity).getString("ownerId")));
        publish(opportunity, org.division(), 2, UUID.randomUUID().toString(), new OpportunityStageChanged(opportunity, "cust",
                org.am1(), "05", "04", new BigDecimal("40"), new BigDecimal("1000.00"), "CNY", org.am1(), "replayed"));
        publish(opportunity, org.division(), 4, UUID.randomUUID().toString(),
                new OpportunityOwnerChanged(opportunity, "cust", org.am2(), org.am2(), org.manager()));
        await().atMost(Duration.ofSeconds(30)).until(() -> opportunity(opportunity).getLong("lastAppliedSequence") == 4);

        Document replica = opportunity(opportunity);
        assertThat(replica.getString("stage")).isEqualTo("06");
        assertThat(replica.getString("ownerId")).isEqualTo(org.am2());
        assertThat(replica.getBoolean("confirmed")).isTrue();
    }

    @Test
    void anOpportunityFollowedFromItsCreationThroughStagesConfirmationAndRevisionIsForecastable() {
        Org org = newOrg();
        String id = "opp-" + UUID.randomUUID().toString().substring(0, 8);
        publish(id, org.division(), 1, UUID.randomUUID().toString(), new OpportunityCreated(id, "cust-" + id, "Switchgear",
                new BigDecimal("5350000.00"), "CNY", LocalDate.parse("2027-01-20"), org.am1(), "01"));
        publish(id, org.division(), 2, UUID.randomUUID().toString(), new OpportunityStageChanged(id, "cust-" + id, org.am1(),
                "01", "04", new BigDecimal("40"), new BigDecimal("5350000.00"), "CNY", org.am1(), null));
        publish(id, org.division(), 3, UUID.randomUUID().toString(), confirmed(id, org.am1(), "04", "40", "5350000.00"));
        publish(id, org.division(), 4, UUID.randomUUID().toString(), new OpportunityRevised(id, "cust-" + id, "Switchgear and GIS",
                new BigDecimal("9450000.00"), "CNY", LocalDate.parse("2027-02-26"),
                List.of(product("ZF11-126", "2", "2050000", "2027-08")), org.am1()));

        await().atMost(Duration.ofSeconds(30)).until(() -> opportunity(id) != null && opportunity(id).getLong("lastAppliedSequence") == 4);
        Document replica = opportunity(id);
        assertThat(replica.getBoolean("confirmed")).isTrue();
        assertThat(replica.getString("stage")).isEqualTo("04");
        assertThat(replica.get("amount").toString()).isEqualTo("9450000.00");
    }

    @Test
    void anEventOfAnotherDivisionAboutAKnownOpportunityIsRefused() {
        Org org = newOrg();
        String opportunity = confirmOpportunity(org, org.am1(), "05", "60", "1000.00");
        String intruder = newDivision();

        publish(opportunity, intruder, 2, UUID.randomUUID().toString(),
                new OpportunityOwnerChanged(opportunity, "cust", org.am1(), "mallory", "mallory"));
        var dead = events("kam.opportunity.v1.forecast-service.dlt", r -> opportunity.equals(r.key()), 1);

        assertThat(dead).hasSize(1);
        assertThat(opportunity(opportunity).getString("ownerId")).isEqualTo(org.am1());
        assertThat(opportunity(opportunity).getString("divisionId")).isEqualTo(org.division());
    }

    @Test
    void aReportingLineOfAnotherDivisionThanItsEventClaimsIsRefused() {
        Org org = newOrg();
        String intruder = newDivision();
        String person = "mallory." + org.division();

        publish(person, intruder, nextSequence(), UUID.randomUUID().toString(), new ReportingLineChanged(person,
                org.division(), person, org.head(), null, List.of("ACCOUNT_MANAGER"), null, LocalDate.parse("2026-01-01"), null,
                List.of(new ReportingLineChanged.Line(org.head(), null, List.of("ACCOUNT_MANAGER"), LocalDate.parse("2026-01-01"), null))));
        var dead = events("kam.org.v1.forecast-service.dlt", r -> person.equals(r.key()), 1);

        assertThat(dead).hasSize(1);
        assertThat(person(person)).isNull();
    }

    @Test
    void aNewHistoryOfAPersonReplacesTheOldOneAndAReplayDoesNotUndoIt() {
        Org org = newOrg();
        String eventId = UUID.randomUUID().toString();
        long sequence = nextSequence();
        var promoted = new ReportingLineChanged(org.am1(), org.division(), org.am1(), org.director(), org.manager(),
                List.of("SALES_MANAGER"), null, LocalDate.parse("2027-01-01"), null, List.of(
                new ReportingLineChanged.Line(org.manager(), null, List.of("ACCOUNT_MANAGER"), LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2027-01-01")),
                new ReportingLineChanged.Line(org.director(), null, List.of("SALES_MANAGER"), LocalDate.parse("2027-01-01"), null)));
        publish(org.am1(), org.division(), sequence, eventId, promoted);
        publish(org.am1(), org.division(), sequence, eventId, promoted);
        await().atMost(Duration.ofSeconds(30)).until(() -> person(org.am1()).getList("lines", Document.class).size() == 2);
        reportsTo(org, org.am2(), org.manager(), "ACCOUNT_MANAGER");
        await().atMost(Duration.ofSeconds(30)).until(() -> person(org.am2()).getLong("lastAppliedSequence") > sequence);

        assertThat(person(org.am1()).getList("lines", Document.class)).extracting(line -> line.getString("superiorId"))
                .containsExactly(org.manager(), org.director());
        assertThat(person(org.am1()).getLong("lastAppliedSequence")).isEqualTo(sequence);
    }

    private Document opportunity(String id) {
        return mongo.getCollection("forecast_opportunities").find(new Document("_id", id)).first();
    }

    private Document person(String id) {
        return mongo.getCollection("forecast_people").find(new Document("_id", id)).first();
    }
}
