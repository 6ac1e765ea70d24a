package com.kamsuite.forecast.division;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.EventJson;
import com.kamsuite.events.EventSchemas;
import com.kamsuite.events.forecast.ForecastPublished;
import com.kamsuite.forecast.ForecastServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** F4 and G3 through the API; the publication read from the real broker as production planning would. */
class DivisionForecastIntegrationTest extends ForecastServiceIntegrationTest {

    static final String PARTNER_FORECAST = """
            {"period":"2027-Q1","currency":"CNY","lines":[
              {"productCode":"TX-500","productName":"Transformer 500 kVA","deliveryMonth":"2027-02","quantity":2,"amount":250.00}]}""";

    @Test
    void aPartnerSubmitsOnlyForItselfAndEveryResubmissionIsANewVersionWithAReason() {
        Org org = newOrg();
        String partner = partnerToken("partner-huadong", org.division());

        var first = post(partner, "/partner/v1/forecasts", PARTNER_FORECAST);
        assertThat(first).hasStatus(201);
        assertThat((String) read(first, "$.partnerId")).isEqualTo("partner-huadong");
        assertThat(post(partner, "/partner/v1/forecasts", PARTNER_FORECAST)).hasStatus(422);
        var second = post(partner, "/partner/v1/forecasts", PARTNER_FORECAST.replace("\"lines\"", "\"reason\":\"more volume\",\"lines\""));
        assertThat((Integer) read(second, "$.version")).isEqualTo(2);

        assertThat((List<Integer>) read(get(partner, "/partner/v1/forecasts?period=2027-Q1"), "$[*].version")).containsExactly(1, 2);
        assertThat((List<Integer>) read(get(partnerToken("partner-other", org.division()), "/partner/v1/forecasts?period=2027-Q1"),
                "$[*].version")).isEmpty();
        assertThat((List<Integer>) read(get(partnerToken("partner-huadong", newDivision()), "/partner/v1/forecasts?period=2027-Q1"),
                "$[*].version")).isEmpty();
    }

    @Test
    void thePartnerApiValidatesStrictly() {
        Org org = newOrg();
        String partner = partnerToken("partner-huadong", org.division());

        var smuggled = post(partner, "/partner/v1/forecasts", PARTNER_FORECAST.replace("{\"period\"", "{\"partnerId\":\"partner-rival\",\"period\""));
        assertThat(smuggled).hasStatus(400);
        assertThat(body(smuggled)).contains("unknownFields");
        assertThat(post(partner, "/partner/v1/forecasts", PARTNER_FORECAST.replace("\"quantity\":2", "\"quantity\":2,\"discount\":5")))
                .hasStatus(400);
        assertThat(post(partner, "/partner/v1/forecasts", PARTNER_FORECAST.replace("2027-02", "2027-13"))).hasStatus(400);
        assertThat(post(partner, "/partner/v1/forecasts", PARTNER_FORECAST.replace("\"quantity\":2", "\"quantity\":0"))).hasStatus(400);
        assertThat(post(partner, "/partner/v1/forecasts", PARTNER_FORECAST.replace("250.00", "250.001"))).hasStatus(400);
        assertThat(post(partner, "/partner/v1/forecasts", PARTNER_FORECAST.replace("CNY", "USD"))).hasStatus(422);
        assertThat(post(partner, "/partner/v1/forecasts", PARTNER_FORECAST.replace("2027-02", "2026-11"))).hasStatus(422);
        assertThat(post(partner, "/partner/v1/forecasts", PARTNER_FORECAST.replace("2027-Q1", "2028-Q1"))).hasStatus(422);
        var zh = mvc.post().uri("/partner/v1/forecasts").header("Authorization", partner).header("Accept-Language", "zh-CN")
                .contentType("application/json").content(PARTNER_FORECAST.replace("CNY", "USD")).exchange();
        assertThat(body(zh)).contains("币种错误");
        assertThat(get(partner, "/partner/v1/forecasts?period=2027-Q1")).satisfies(r -> assertThat((List<?>) read(r, "$")).isEmpty());
    }

    @Test
    void partnersAndStaffKeepToTheirOwnApi() {
        Org org = newOrg();

        assertThat(post(org.as(org.am1()), "/partner/v1/forecasts", PARTNER_FORECAST)).hasStatus(403);
        assertThat(post(partnerToken("partner-huadong", org.division()), "/api/forecasts", "{\"period\":\"2027-Q1\"}")).hasStatus(403);
        assertThat(get(partnerToken("partner-huadong", org.division()), "/api/forecasts/division/2027-Q1/comparison")).hasStatus(403);
    }

    @Test
    void theHeadComparesWithTheChannelFinalisesAndProductionPlanningReceivesTheVersionedForecast() {
        Org org = newOrg();
        confirmOpportunity(org, org.am1(), "06", "80", "1000.00", product("TX-500", "10", "100", "2027-02"));
        confirmOpportunity(org, org.am2(), "05", "50", "100.00", product("SW-12", "2", "50", "2027-03"));
        for (String person : List.of(org.am1(), org.am2(), org.manager(), org.director())) {
            submitForecast(org, person);
        }
        assertThat(get(org.as(org.head()), "/api/forecasts/division/2027-Q1/comparison")).hasStatus(422);
        String headForecast = submitForecast(org, org.head());
        post(partnerToken("partner-huadong", org.division()), "/partner/v1/forecasts", PARTNER_FORECAST);

        var comparison = get(org.as(org.head()), "/api/forecasts/division/2027-Q1/comparison");
        assertThat(comparison).hasStatus(200);
        assertThat((String) read(comparison, "$.rollUpForecastId")).isEqualTo(headForecast);
        assertThat(decimal(comparison, "$.comparison.rows[0].directQuantity")).isEqualByComparingTo("8.00");
        assertThat(decimal(comparison, "$.comparison.rows[0].partnerQuantity")).isEqualByComparingTo("2");
        assertThat(decimal(comparison, "$.comparison.rows[0].varianceAmount")).isEqualByComparingTo("-550.00");
        assertThat((List<String>) read(comparison, "$.comparison.byPartner[*].partnerId")).containsExactly("partner-huadong");
        assertThat(get(token(org.head(), newDivision(), "DIVISION_HEAD"), "/api/forecasts/division/2027-Q1/comparison")).hasStatus(422);

        assertThat(post(org.as(org.director()), "/api/forecasts/division/2027-Q1/finalisation", "{\"includePartnerIds\":[]}"))
                .hasStatus(403);
        assertThat(post(org.as(org.head()), "/api/forecasts/division/2027-Q1/finalisation", "{\"includePartnerIds\":[\"nobody\"]}"))
                .hasStatus(422);
        assertThat(post(org.as(org.head()), "/api/forecasts/division/2027-Q1/finalisation", "{\"includePartnerIds\":[]}"))
                .hasStatus(200);
        var second = post(org.as(org.head()), "/api/forecasts/division/2027-Q1/finalisation",
                "{\"includePartnerIds\":[\"partner-huadong\"],\"note\":\"channel included\"}");
        assertThat((Integer) read(second, "$.version")).isEqualTo(2);

        String key = org.division() + ":2027-Q1";
        List<ConsumerRecord<String, byte[]>> published = events("kam.forecast.published.v1", r -> key.equals(r.key()), 2);
        assertThat(published).hasSize(2);
        published.sort(Comparator.comparing(r -> header(r, "ce_sequence")));
        ConsumerRecord<String, byte[]> latest = published.get(1);
        assertThat(header(latest, "ce_type")).isEqualTo("kam.forecast.published.v1");
        assertThat(header(latest, "ce_subject")).isEqualTo(key);
        assertThat(header(latest, "ce_divisionid")).isEqualTo(org.division());
        assertThat(header(latest, "ce_source")).isEqualTo("/kam/forecast-service");
        assertThat(header(latest, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(latest, "ce_id")).isNotBlank();
        assertThat(header(latest, "ce_time")).isNotBlank();
        assertThat(EventSchemas.violations(EventCatalog.FORECAST_PUBLISHED, latest.value())).isEmpty();
        ForecastPublished data = EventJson.read(latest.value(), ForecastPublished.class);
        assertThat(data.version()).isEqualTo(2);
        assertThat(data.finalisedBy()).isEqualTo(org.head());
        assertThat(data.sourceForecastId()).isEqualTo(headForecast);
        assertThat(data.totalAmount()).isEqualByComparingTo("1100.00");
        assertThat(data.items()).extracting(ForecastPublished.Item::productCode).containsExactly("TX-500", "SW-12");
        assertThat(data.items().get(0).deliveryMonth()).isEqualTo(YearMonth.parse("2027-02"));
        assertThat(data.items().get(0).quantity()).isEqualByComparingTo("10.00");
        assertThat(data.items().get(0).amount()).isEqualByComparingTo(new BigDecimal("1050.00"));
        assertThat(data.items().get(1).amount()).isEqualByComparingTo("50.00");

        var view = get(org.as(org.am1()), "/api/forecasts/division/2027-Q1");
        assertThat((List<String>) read(view, "$.versions[*].note")).containsExactly(null, "channel included");
        assertThat(get(token(org.am1(), newDivision(), "ACCOUNT_MANAGER"), "/api/forecasts/division/2027-Q1")).hasStatus(404);
    }

}
