package com.kamsuite.forecast.division;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.EventSchemas;
import com.kamsuite.forecast.ForecastServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer side of the public contract: production planning reads {@code kam.forecast.published.v2} with a
 * plain Kafka consumer and its own JSON model (none of the suite's classes), after a manager adjusted the total by
 * −40,000, and can sum the items to the total, knows each item's unit, and reads one scale.
 */
class ProductionPlanningContractIntegrationTest extends ForecastServiceIntegrationTest {

    private static final JsonMapper PLANNING = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @Test
    void productionPlanningSumsTheItemsToTheTotalAndReadsWholeUnitsWithTheirUnit() {
        Org org = newOrg();
        confirmOpportunity(org, org.am1(), "04", "40", "1300000.00", product("KYN28-12", "52", "25000", "2027-05"));
        confirmOpportunity(org, org.am2(), "06", "80", "762500.00", product("SCB13-1000", "10", "76250", "2027-06", "SET"));
        submitForecast(org, org.am1());
        submitForecast(org, org.am2());
        submitForecast(org, org.manager());
        String directorForecast = created(post(org.as(org.director()), "/api/forecasts", "{\"period\":\"" + PERIOD + "\"}"));
        assertThat(decimal(get(org.as(org.director()), "/api/forecasts/" + directorForecast), "$.totals.forecastAmount"))
                .isEqualByComparingTo("1130000.00");
        assertThat(put(org.as(org.director()), "/api/forecasts/" + directorForecast + "/total",
                "{\"forecastAmount\":1090000,\"reason\":\"two framework orders slip to Q2\"}")).hasStatus(200);
        assertThat(post(org.as(org.director()), "/api/forecasts/" + directorForecast + "/submission", "")).hasStatus(200);
        submitForecast(org, org.head());
        assertThat(post(partnerToken("partner-huadian", org.division()), "/partner/v1/forecasts", """
                {"period":"2027-Q1","currency":"CNY","lines":[
                  {"productCode":"KYN28-12","deliveryMonth":"2027-05","quantity":2,"amount":50000.00,"unit":"C62"}]}""")).hasStatus(201);

        var finalised = post(org.as(org.head()), "/api/forecasts/division/2027-Q1/finalisation",
                "{\"includePartnerIds\":[\"partner-huadian\"]}");
        assertThat(finalised).hasStatus(200);
        assertThat((List<Integer>) read(finalised, "$.items[*].quantity")).containsExactly(23, 8);

        String key = org.division() + ":2027-Q1";
        ConsumerRecord<String, byte[]> record = events("kam.forecast.published.v2", r -> key.equals(r.key()), 1).get(0);
        assertThat(header(record, "ce_type")).isEqualTo("kam.forecast.published.v2");
        assertThat(EventSchemas.violations(EventCatalog.FORECAST_PUBLISHED_V2, record.value())).isEmpty();
        JsonNode forecast = PLANNING.readTree(record.value());

        BigDecimal total = forecast.get("totalAmount").decimalValue();
        BigDecimal itemsSum = BigDecimal.ZERO;
        for (JsonNode item : forecast.get("items")) {
            assertThat(item.get("unit").asString()).matches("[A-Z0-9]{2,3}");
            assertThat(item.get("quantity").isIntegralNumber()).as("whole units: %s", item).isTrue();
            assertThat(item.get("quantity").longValue())
                    .isEqualTo(item.get("directQuantity").longValue() + item.get("channelQuantity").longValue());
            for (String amount : List.of("amount", "directAmount", "channelAmount")) {
                assertThat(item.get(amount).decimalValue().scale()).as("%s of %s", amount, item).isEqualTo(2);
            }
            itemsSum = itemsSum.add(item.get("amount").decimalValue());
        }
        assertThat(total.scale()).isEqualTo(2);
        assertThat(itemsSum).isEqualByComparingTo(total);
        assertThat(total).isEqualByComparingTo("1140000.00");
        assertThat(forecast.get("directAmount").decimalValue()).isEqualByComparingTo("1090000.00");
        assertThat(forecast.get("items").get(0).get("productCode").asString()).isEqualTo("KYN28-12");
        assertThat(forecast.get("items").get(0).get("unit").asString()).isEqualTo("C62");
        assertThat(forecast.get("items").get(0).get("directQuantity").longValue()).as("52 × 40 %% = 20.8").isEqualTo(21);
        assertThat(forecast.get("items").get(1).get("unit").asString()).isEqualTo("SET");

        ConsumerRecord<String, byte[]> v1 = events("kam.forecast.published.v1", r -> key.equals(r.key()), 1).get(0);
        assertThat(header(v1, "ce_type")).as("v1 is still published beside v2 for one release").isEqualTo("kam.forecast.published.v1");
        assertThat(PLANNING.readTree(v1.value()).get("version").intValue()).isEqualTo(forecast.get("version").intValue());
    }
}
