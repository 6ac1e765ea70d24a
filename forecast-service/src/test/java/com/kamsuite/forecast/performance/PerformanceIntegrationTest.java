package com.kamsuite.forecast.performance;

import com.kamsuite.events.opportunity.OpportunityWon;
import com.kamsuite.forecast.ForecastServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** F6 and F7 through the API: won events are the actuals; the injected clock decides what is late. */
class PerformanceIntegrationTest extends ForecastServiceIntegrationTest {

    @Test
    void accuracyComparesTheLatestSubmissionsWithWhatWasWonAndADuplicateWinCountsOnce() {
        Org org = newOrg();
        String o1 = confirmOpportunity(org, org.am1(), "06", "80", "1000.00");
        submitForecast(org, org.am1());
        submitForecast(org, org.am2());
        submitForecast(org, org.manager());
        String eventId = UUID.randomUUID().toString();
        OpportunityWon won = new OpportunityWon(o1, "c", new BigDecimal("1000.00"), "CNY", LocalDate.parse("2027-02-20"),
                org.am1(), List.of(new OpportunityWon.Credit(org.am1(), new BigDecimal("100"))));
        publish(o1, org.division(), 2, eventId, won);
        publish(o1, org.division(), 2, eventId, won);
        await().atMost(Duration.ofSeconds(30)).until(() -> "WON".equals(mongo.getCollection("forecast_opportunities")
                .find(new org.bson.Document("_id", o1)).first().getString("status")));

        var rows = get(org.as(org.manager()), "/api/forecasts/accuracy?period=2027-Q1");

        assertThat(rows).hasStatus(200);
        assertThat(decimal(rows, "$[?(@.level=='PERSON' && @.personId=='" + org.am1() + "')].accuracy.forecast", 0)).isEqualByComparingTo("800.00");
        assertThat(decimal(rows, "$[?(@.level=='PERSON' && @.personId=='" + org.am1() + "')].accuracy.actual", 0)).isEqualByComparingTo("1000.00");
        assertThat(decimal(rows, "$[?(@.level=='PERSON' && @.personId=='" + org.am1() + "')].accuracy.accuracyPercent", 0)).isEqualByComparingTo("80.00");
        assertThat(decimal(rows, "$[?(@.level=='TEAM' && @.personId=='" + org.manager() + "')].accuracy.actual", 0)).isEqualByComparingTo("1000.00");
        assertThat((List<String>) read(rows, "$[*].personId")).doesNotContain(org.director(), org.head());
        assertThat((List<String>) read(get(org.as(org.am2()), "/api/forecasts/accuracy?period=2027-Q1"), "$[*].personId"))
                .containsOnly(org.am2());
        var stranger = get(token(org.head(), newDivision(), "DIVISION_HEAD"), "/api/forecasts/accuracy?period=2027-Q1");
        assertThat(stranger).hasStatus(422);
        assertThat(body(stranger)).contains("no-principles").doesNotContain(org.am1());
    }

    @Test
    void managersGetTheGraceDaysOfTheirLevelAfterTheAccountManagersDeadline() {
        Org org = newOrg();
        put(org.as(org.ops()), "/api/forecasts/principles", """
                {"periodKind":"QUARTER","horizon":4,"countedStages":["05","06","07"],"weighting":"STAGE_PROBABILITY",
                 "currency":"CNY","deadlineDaysBeforeStart":5,"timeZone":"Asia/Shanghai","levelGraceDays":2,"reason":"levels"}""");
        clock.set(Instant.parse("2026-12-28T01:00:00Z"));

        var report = get(org.as(org.head()), "/api/forecasts/timeliness?period=2027-Q1");

        assertThat((List<String>) read(report, "$.people[?(@.personId=='" + org.am1() + "')].deadline")).containsExactly("2026-12-27");
        assertThat((List<String>) read(report, "$.people[?(@.personId=='" + org.manager() + "')].deadline")).containsExactly("2026-12-29");
        assertThat((List<String>) read(report, "$.people[?(@.personId=='" + org.head() + "')].deadline")).containsExactly("2027-01-02");
        assertThat(statusOf(report, org.am1())).isEqualTo("MISSING");
        assertThat(statusOf(report, org.manager())).isEqualTo("PENDING");
    }

    @Test
    void timelinessShowsWhoSubmittedOnTimeLateOrNotAtAllByTheDeadline() {
        Org org = newOrg();
        submitForecast(org, org.am1());

        var before = get(org.as(org.head()), "/api/forecasts/timeliness?period=2027-Q1");
        assertThat((String) read(before, "$.deadline")).isEqualTo("2026-12-27");
        assertThat(statusOf(before, org.am1())).isEqualTo("ON_TIME");
        assertThat(statusOf(before, org.am2())).isEqualTo("PENDING");
        assertThat((List<String>) read(before, "$.people[*].personId")).doesNotContain(org.ops());

        clock.set(Instant.parse("2026-12-28T01:00:00Z"));
        submitForecast(org, org.am2());
        var after = get(org.as(org.manager()), "/api/forecasts/timeliness?period=2027-Q1");

        assertThat(statusOf(after, org.am1())).isEqualTo("ON_TIME");
        assertThat(statusOf(after, org.am2())).isEqualTo("LATE");
        assertThat(statusOf(after, org.manager())).isEqualTo("MISSING");
        assertThat((List<String>) read(after, "$.people[*].personId")).containsExactlyInAnyOrder(org.manager(), org.am1(), org.am2());
        assertThat(get(org.as(org.am1()), "/api/forecasts/timeliness?period=2027-Q1")).hasStatus(403);
    }

    private static String statusOf(org.springframework.test.web.servlet.assertj.MvcTestResult result, String person) {
        List<String> statuses = read(result, "$.people[?(@.personId=='" + person + "')].status");
        return statuses.get(0);
    }

    private static BigDecimal decimal(org.springframework.test.web.servlet.assertj.MvcTestResult result, String path, int index) {
        List<Object> values = read(result, path);
        return new BigDecimal(values.get(index).toString());
    }

}
