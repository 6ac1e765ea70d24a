package com.kamsuite.events;

import com.kamsuite.events.customer.CustomerRegistered;
import com.kamsuite.events.forecast.ForecastPublishedV2;
import com.kamsuite.events.opportunity.OpportunityConfirmed;
import com.kamsuite.events.opportunity.OpportunityProduct;
import com.kamsuite.events.opportunity.OpportunityRevised;
import com.kamsuite.events.opportunity.OpportunityWon;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContractsTest {

    @Test
    void everyEventTypeHasASchemaAndAnAsyncApiMessageOnItsTopic() throws Exception {
        JsonNode asyncApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("kam/events/asyncapi.yaml")) {
            asyncApi = new YAMLMapper().readTree(in);
        }
        JsonNode messages = asyncApi.path("components").path("messages");
        Set<String> documented = new HashSet<>();
        messages.forEach(message -> documented.add(message.path("name").asString()));

        for (EventType<?> type : EventCatalog.all()) {
            assertThat(getClass().getClassLoader().getResource(type.schemaLocation()))
                    .as("schema of %s", type.name()).isNotNull();
            assertThat(documented).as("AsyncAPI message for %s", type.name()).contains(type.name());
            List<String> channelAddresses = new ArrayList<>();
            asyncApi.path("channels").forEach(channel -> {
                boolean carries = channel.path("messages").toString().contains(messageKeyOf(messages, type.name()));
                if (carries) {
                    channelAddresses.add(channel.path("address").asString());
                }
            });
            assertThat(channelAddresses).as("channel carrying %s", type.name()).containsExactly(type.topic());
        }
    }

    @Test
    void asyncApiDocumentsThePublicForecastTopic() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("kam/events/asyncapi.yaml")) {
            JsonNode asyncApi = new YAMLMapper().readTree(in);
            List<String> addresses = new ArrayList<>();
            asyncApi.path("channels").forEach(channel -> addresses.add(channel.path("address").asString()));
            assertThat(addresses).contains(Topics.FORECAST_PUBLISHED, Topics.FORECAST_PUBLISHED_V2, Topics.CUSTOMER, Topics.OPPORTUNITY,
                    Topics.FORECAST, Topics.ORG, Topics.QUOTA, Topics.INCENTIVE);
        }
    }

    @Test
    void aWellFormedEventMatchesItsSchema() {
        var won = new OpportunityWon("opp-1", "cust-1", new BigDecimal("1250000.00"), "CNY", LocalDate.of(2026, 11, 2),
                "am-1", List.of(new OpportunityWon.Credit("am-1", new BigDecimal("60")),
                new OpportunityWon.Credit("am-2", new BigDecimal("40"))));

        assertThat(EventSchemas.violations(EventCatalog.OPPORTUNITY_WON, EventJson.write(won))).isEmpty();
    }

    @Test
    void aConfirmedOpportunityCarriesItsProductsWithTheirDeliveryMonth() {
        var confirmed = new OpportunityConfirmed("opp-1", "cust-1", "Boiler retrofit", "am-1", "05", new BigDecimal("60"),
                new BigDecimal("2400000.00"), "CNY", LocalDate.of(2027, 3, 31),
                List.of(new OpportunityProduct("BLR-40", "Boiler 40 t/h", null, new BigDecimal("2"),
                        new BigDecimal("1200000"), null, YearMonth.of(2027, 5), "SET")), "am-1");

        byte[] json = EventJson.write(confirmed);

        assertThat(EventSchemas.violations(EventCatalog.OPPORTUNITY_CONFIRMED, json)).isEmpty();
        assertThat(new String(json)).contains("\"deliveryMonth\":\"2027-05\"");
        assertThat(EventJson.read(json, OpportunityConfirmed.class)).isEqualTo(confirmed);
    }

    @Test
    void aProductWithoutDeliveryMonthIsRejectedByItsSchema() {
        var revised = new OpportunityRevised("opp-1", "cust-1", "Boiler retrofit", BigDecimal.TEN, "CNY", null,
                List.of(new OpportunityProduct("BLR-40", null, null, BigDecimal.ONE, null, null, null, null)), "am-1");

        assertThat(EventSchemas.violations(EventCatalog.OPPORTUNITY_REVISED, EventJson.write(revised)))
                .anySatisfy(violation -> assertThat(violation).contains("deliveryMonth"));
    }

    @Test
    void anEventMissingARequiredFieldIsRejectedByItsSchema() {
        var registered = new CustomerRegistered("cust-1", "91310000MA1FL0000X", null, "MACHINERY", "EAST", "LARGE", null, "div-a");

        assertThatThrownBy(() -> EventSchemas.requireValid(EventCatalog.CUSTOMER_REGISTERED, EventJson.write(registered)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("legalName");
    }

    @Test
    void moneyIsWrittenPlainAndReadExactly() {
        var won = new OpportunityWon("opp-1", "cust-1", new BigDecimal("1E+3"), "CNY", LocalDate.of(2026, 1, 1),
                "am-1", List.of(new OpportunityWon.Credit("am-1", new BigDecimal("100"))));

        String json = new String(EventJson.write(won));

        assertThat(json).contains("\"amount\":1000").doesNotContain("E+");
        assertThat(EventJson.read(json.getBytes(), OpportunityWon.class).amount()).isEqualByComparingTo("1000");
    }

    @Test
    void readersIgnoreFieldsTheyDoNotKnow() {
        String json = """
                {"survivorId":"c-1","mergedId":"c-2","addedLater":"by a newer producer"}""";

        var merged = EventJson.read(json.getBytes(), com.kamsuite.events.customer.CustomerMerged.class);

        assertThat(merged.survivorId()).isEqualTo("c-1");
    }

    @Test
    void eventsAreImmutableEvenWhenBuiltFromAMutableList() {
        var credits = new ArrayList<>(List.of(new OpportunityWon.Credit("am-1", new BigDecimal("100"))));
        var won = new OpportunityWon("opp-1", "cust-1", BigDecimal.TEN, "CNY", LocalDate.of(2026, 1, 1), "am-1", credits);

        credits.add(new OpportunityWon.Credit("intruder", BigDecimal.ONE));

        assertThat(won.credits()).hasSize(1);
        assertThatThrownBy(() -> won.credits().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyExampleOfTheAsyncApiDocumentMatchesTheSchemaOfItsMessage() throws Exception {
        JsonNode asyncApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("kam/events/asyncapi.yaml")) {
            asyncApi = new YAMLMapper().readTree(in);
        }
        int checked = 0;
        for (JsonNode message : asyncApi.path("components").path("messages")) {
            EventType<?> type = EventCatalog.byName(message.path("name").asString()).orElseThrow();
            for (JsonNode example : message.path("examples")) {
                assertThat(EventSchemas.violations(type, EventJson.write(example.path("payload"))))
                        .as("example %s of %s", example.path("name").asString(), type.name()).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theV2ExampleAddsUpAsItsContractSays() throws Exception {
        JsonNode payload;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("kam/events/asyncapi.yaml")) {
            payload = new YAMLMapper().readTree(in).path("components").path("messages").path("forecastPublishedV2")
                    .path("examples").get(0).path("payload");
        }
        ForecastPublishedV2 event = EventJson.read(EventJson.write(payload), ForecastPublishedV2.class);

        BigDecimal items = event.items().stream().map(ForecastPublishedV2.Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(items).isEqualByComparingTo(event.totalAmount());
        assertThat(event.directAmount().add(event.channelAmount())).isEqualByComparingTo(event.totalAmount());
        event.items().forEach(item -> {
            assertThat(item.directQuantity() + item.channelQuantity()).isEqualTo(item.quantity());
            assertThat(item.directAmount().add(item.channelAmount())).isEqualByComparingTo(item.amount());
        });
    }

    @Test
    void aV2EventWithFractionalQuantitiesOrThreeDecimalAmountsBreaksItsSchema() {
        var item = new ForecastPublishedV2.Item("TX-500", "Transformer", YearMonth.of(2027, 2), "C62", 21, 21, 0,
                new BigDecimal("819911.50"), new BigDecimal("819911.50"), new BigDecimal("0.00"));
        var event = new ForecastPublishedV2("div-power", "2027-Q1", 1, "CNY", "wang.fang", java.time.Instant.parse("2026-12-20T09:30:00Z"),
                "fc-1", List.of(), new BigDecimal("819911.50"), new BigDecimal("0.00"), new BigDecimal("819911.50"), null, List.of(item));
        assertThat(EventSchemas.violations(EventCatalog.FORECAST_PUBLISHED_V2, EventJson.write(event))).isEmpty();
        assertThat(new String(EventJson.write(event))).contains("\"quantity\":21,").contains("\"channelAmount\":0.00");

        String fractional = new String(EventJson.write(event)).replace("\"quantity\":21,", "\"quantity\":20.8,");
        assertThat(EventSchemas.violations(EventCatalog.FORECAST_PUBLISHED_V2, fractional.getBytes())).isNotEmpty();
        String threeDecimals = new String(EventJson.write(event)).replace("\"totalAmount\":819911.50", "\"totalAmount\":819911.505");
        assertThat(EventSchemas.violations(EventCatalog.FORECAST_PUBLISHED_V2, threeDecimals.getBytes())).isNotEmpty();
        String noUnit = new String(EventJson.write(event)).replace("\"unit\":\"C62\",", "");
        assertThat(EventSchemas.violations(EventCatalog.FORECAST_PUBLISHED_V2, noUnit.getBytes())).isNotEmpty();
    }

    @Test
    void typeNamesAreLogicalNotJavaClassNames() {
        assertThatThrownBy(() -> new EventType<>("com.kamsuite.events.customer.CustomerRegistered", Topics.CUSTOMER, Object.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String messageKeyOf(JsonNode messages, String typeName) {
        var names = messages.propertyNames().iterator();
        while (names.hasNext()) {
            String key = names.next();
            if (messages.path(key).path("name").asString().equals(typeName)) {
                return "#/components/messages/" + key + "\"";
            }
        }
        return "<none>";
    }
}
