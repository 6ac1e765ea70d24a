package com.kamsuite.forecast.submission;

import com.kamsuite.events.EventSchemas;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.opportunity.OpportunityConfirmed;
import com.kamsuite.forecast.ForecastServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** F2, F3, F5 through the API, on the real broker and MongoDB endpoint. */
class ForecastRollUpIntegrationTest extends ForecastServiceIntegrationTest {

    @Test
    void anAccountManagersForecastHoldsOnlyTheirConfirmedOpportunitiesInCountedStages() {
        Org org = newOrg();
        String mine = confirmOpportunity(org, org.am1(), "05", "60", "1000.00", product("TX-500", "10", "100", "2027-02"));
        confirmOpportunity(org, org.am2(), "06", "80", "5000.00");
        confirmOpportunity(org, org.am1(), "03", "30", "7000.00");
        String dollars = "opp-" + UUID.randomUUID().toString().substring(0, 8);
        publish(dollars, org.division(), 1, UUID.randomUUID().toString(), new OpportunityConfirmed(dollars, "c", "USD deal",
                org.am1(), "06", new BigDecimal("80"), new BigDecimal("300.00"), "USD", LocalDate.parse("2027-01-10"), List.of(), org.am1()));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("forecast_opportunities")
                .countDocuments(new org.bson.Document("_id", dollars)) == 1);

        var draft = post(org.as(org.am1()), "/api/forecasts", "{\"period\":\"2027-Q1\"}");

        assertThat(draft).hasStatus(201);
        assertThat((List<String>) read(draft, "$.lines[*].opportunityId")).containsExactly(mine);
        assertThat(decimal(draft, "$.lines[0].weightedAmount")).isEqualByComparingTo("600.00");
        assertThat(decimal(draft, "$.lines[0].products[0].expectedQuantity")).isEqualByComparingTo("6.00");
        assertThat((String) read(draft, "$.lines[0].products[0].deliveryMonth")).isEqualTo("2027-02");
        assertThat(decimal(draft, "$.totals.forecastAmount")).isEqualByComparingTo("600.00");
        assertThat((List<String>) read(draft, "$.excludedOpportunities")).singleElement().asString().startsWith(dollars);
        assertThat((String) read(draft, "$.status")).isEqualTo("DRAFT");
    }

    @Test
    void underCategoryWeightingCommitCountsInFullBestCaseAtItsPercentageAndThePipelineNotAtAll() {
        Org org = newOrg();
        setPrinciples(org, "CATEGORY");
        String commit = confirmOpportunity(org, org.am1(), "07", "90", "1000.00");
        String bestCase = confirmOpportunity(org, org.am1(), "05", "60", "1000.00");
        String pipeline = confirmOpportunity(org, org.am1(), "04", "40", "1000.00");

        var draft = post(org.as(org.am1()), "/api/forecasts", "{\"period\":\"2027-Q1\"}");

        assertThat((String) read(draft, "$.weighting")).isEqualTo("CATEGORY");
        assertThat((List<String>) read(draft, "$.lines[?(@.opportunityId=='" + commit + "')].category")).containsExactly("COMMIT");
        assertThat((List<String>) read(draft, "$.lines[?(@.opportunityId=='" + bestCase + "')].category")).containsExactly("BEST_CASE");
        assertThat((List<String>) read(draft, "$.lines[?(@.opportunityId=='" + pipeline + "')].category")).containsExactly("PIPELINE");
        assertThat(decimal(draft, "$.totals.amount")).isEqualByComparingTo("3000.00");
        assertThat(decimal(draft, "$.totals.weightedAmount")).isEqualByComparingTo("1500.00");
    }

    @Test
    void submissionsRollUpLevelByLevelWithRevisionsKeptAndEventsPublished() {
        Org org = newOrg();
        String o1 = confirmOpportunity(org, org.am1(), "05", "60", "1000.00", product("TX-500", "10", "100", "2027-02"));
        String o2 = confirmOpportunity(org, org.am2(), "07", "90", "2000.00", product("SW-12", "4", "500", "2027-03"));
        String am1Forecast = submitForecast(org, org.am1());
        submitForecast(org, org.am2());

        String managerDraft = created(post(org.as(org.manager()), "/api/forecasts", "{\"period\":\"2027-Q1\"}"));
        var adjusted = put(org.as(org.manager()), "/api/forecasts/" + managerDraft + "/lines/" + o2,
                "{\"weightPercent\":70,\"reason\":\"negotiation stalled\"}");
        assertThat(adjusted).hasStatus(200);
        var total = put(org.as(org.manager()), "/api/forecasts/" + managerDraft + "/total",
                "{\"forecastAmount\":2100.00,\"reason\":\"small orders not yet in the pipeline\"}");
        assertThat(decimal(total, "$.totals.weightedAmount")).isEqualByComparingTo("2000.00");
        assertThat(decimal(total, "$.totals.forecastAmount")).isEqualByComparingTo("2100.00");
        var submitted = post(org.as(org.manager()), "/api/forecasts/" + managerDraft + "/submission", "");
        assertThat(submitted).hasStatus(200);
        assertThat((String) read(submitted, "$.submittedTo")).isEqualTo(org.director());

        String directorDraft = created(post(org.as(org.director()), "/api/forecasts", "{\"period\":\"2027-Q1\"}"));
        var director = get(org.as(org.director()), "/api/forecasts/" + directorDraft);
        assertThat((List<String>) read(director, "$.lines[*].opportunityId")).containsExactlyInAnyOrder(o1, o2);
        assertThat((List<String>) read(director, "$.includedForecasts[*].forecastId")).containsExactly(managerDraft);
        assertThat(decimal(director, "$.totals.forecastAmount")).isEqualByComparingTo("2100.00");
        assertThat((List<Object>) read(director, "$.lines[?(@.opportunityId=='" + o2 + "')].originalWeightPercent")).singleElement()
                .satisfies(v -> assertThat(new BigDecimal(v.toString())).isEqualByComparingTo("90"));
        assertThat((List<String>) read(director, "$.lines[?(@.opportunityId=='" + o2 + "')].adjustments[0].reason"))
                .containsExactly("negotiation stalled");
        assertThat((List<String>) read(director, "$.totalAdjustments[*].by")).containsExactly(org.manager());

        var events = events("kam.forecast.v1", r -> managerDraft.equals(r.key()) || am1Forecast.equals(r.key()), 2);
        assertThat(events).extracting(r -> header(r, "ce_type")).containsOnly("kam.forecast.submitted.v1");
        assertThat(events).extracting(r -> header(r, "ce_divisionid")).containsOnly(org.division());
        events.forEach(r -> assertThat(EventSchemas.violations(EventCatalog.FORECAST_SUBMITTED, r.value())).isEmpty());
    }

    @Test
    void aSubmittedForecastIsImmutableAndARevisionIsANewVersionWithWhoWhenWhy() {
        Org org = newOrg();
        confirmOpportunity(org, org.am1(), "05", "60", "1000.00");
        String first = submitForecast(org, org.am1());

        assertThat(put(org.as(org.am1()), "/api/forecasts/" + first + "/total", "{\"forecastAmount\":1,\"reason\":\"x\"}"))
                .hasStatus(409);
        assertThat(post(org.as(org.am1()), "/api/forecasts", "{\"period\":\"2027-Q1\"}")).hasStatus(422);
        clock.set(TODAY.plus(Duration.ofDays(2)));
        String second = created(post(org.as(org.am1()), "/api/forecasts", "{\"period\":\"2027-Q1\",\"reason\":\"customer cut the budget\"}"));
        assertThat(post(org.as(org.am1()), "/api/forecasts", "{\"period\":\"2027-Q1\",\"reason\":\"again\"}")).hasStatus(409);
        assertThat(post(org.as(org.am1()), "/api/forecasts/" + second + "/submission", "")).hasStatus(200);

        var versions = get(org.as(org.manager()), "/api/forecasts/" + second + "/versions");
        assertThat((List<Integer>) read(versions, "$[*].version")).containsExactly(1, 2);
        assertThat((List<String>) read(versions, "$[*].revisionReason")).containsExactly(null, "customer cut the budget");
        assertThat((String) read(versions, "$[1].previousVersionId")).isEqualTo(first);
        assertThat((String) read(versions, "$[1].submittedAt")).startsWith("2026-12-05");
        var revised = events("kam.forecast.v1", r -> second.equals(r.key()), 1);
        assertThat(revised).extracting(r -> header(r, "ce_type")).containsExactly("kam.forecast.revised.v1");
    }

    @Test
    void forecastsAreVisibleUpTheLineOnlyAndOnlyTheirOwnerChangesThem() {
        Org org = newOrg();
        confirmOpportunity(org, org.am1(), "05", "60", "1000.00");
        String draft = created(post(org.as(org.am1()), "/api/forecasts", "{\"period\":\"2027-Q1\"}"));

        assertThat(get(org.as(org.manager()), "/api/forecasts/" + draft)).hasStatus(200);
        assertThat(get(org.as(org.head()), "/api/forecasts/" + draft)).hasStatus(200);
        assertThat(get(org.as(org.am2()), "/api/forecasts/" + draft)).hasStatus(404);
        assertThat(get(token(org.am1(), newDivision(), "ACCOUNT_MANAGER"), "/api/forecasts/" + draft)).hasStatus(404);
        assertThat(post(org.as(org.manager()), "/api/forecasts/" + draft + "/submission", "")).hasStatus(403);
        assertThat((List<String>) read(get(org.as(org.am2()), "/api/forecasts?period=2027-Q1"), "$[*].id")).isEmpty();
        assertThat((List<String>) read(get(org.as(org.manager()), "/api/forecasts?period=2027-Q1"), "$[*].id")).containsExactly(draft);
    }

    @Test
    void aDraftMadeBeforeASubordinateSubmittedIsRefreshedWithTheRevisionsKept() {
        Org org = newOrg();
        String o1 = confirmOpportunity(org, org.am1(), "05", "60", "1000.00");
        String o2 = confirmOpportunity(org, org.am2(), "06", "80", "500.00");
        submitForecast(org, org.am1());
        String draft = created(post(org.as(org.manager()), "/api/forecasts", "{\"period\":\"2027-Q1\"}"));
        put(org.as(org.manager()), "/api/forecasts/" + draft + "/lines/" + o1, "{\"amount\":800.00,\"reason\":\"price pressure\"}");
        assertThat(put(org.as(org.manager()), "/api/forecasts/" + draft + "/lines/" + o2, "{\"amount\":1,\"reason\":\"x\"}"))
                .hasStatus(422);
        submitForecast(org, org.am2());
        var team = get(org.as(org.manager()), "/api/forecasts/team?period=2027-Q1");
        assertThat((List<String>) read(team, "$[*].personId")).containsExactly(org.am1(), org.am2());
        assertThat((List<Boolean>) read(team, "$[*].inMyLatestForecast")).containsExactly(true, false);

        var refreshed = post(org.as(org.manager()), "/api/forecasts/" + draft + "/refresh", "");

        assertThat(refreshed).hasStatus(200);
        assertThat((List<String>) read(refreshed, "$.lines[*].opportunityId")).containsExactlyInAnyOrder(o1, o2);
        assertThat(decimal(refreshed, "$.totals.weightedAmount")).isEqualByComparingTo("880.00");
        assertThat((List<String>) read(refreshed, "$.history[*].what")).contains("drafted", "line " + o1 + " adjusted", "refreshed");
        assertThat((List<Boolean>) read(get(org.as(org.manager()), "/api/forecasts/team?period=2027-Q1"), "$[*].inMyLatestForecast"))
                .containsExactly(true, true);
        assertThat((List<?>) read(get(org.as(org.am1()), "/api/forecasts/team?period=2027-Q1"), "$")).isEmpty();
    }

    @Test
    void periodsOutsideTheHorizonOrOfAnotherKindAreRefused() {
        Org org = newOrg();

        assertThat(post(org.as(org.am1()), "/api/forecasts", "{\"period\":\"2027-Q4\"}")).hasStatus(422);
        assertThat(post(org.as(org.am1()), "/api/forecasts", "{\"period\":\"2027-01\"}")).hasStatus(422);
        var stranger = post(token("newcomer." + org.division(), org.division(), "ACCOUNT_MANAGER"), "/api/forecasts",
                "{\"period\":\"2027-Q1\"}");
        assertThat(stranger).hasStatus(422);
        assertThat(body(stranger)).contains("not-in-organisation");
        var invalid = post(org.as(org.am1()), "/api/forecasts", "{\"period\":\"2027-Q5\"}");
        assertThat(invalid).hasStatus(400);
        assertThat(body(invalid)).contains("period");
    }

}
