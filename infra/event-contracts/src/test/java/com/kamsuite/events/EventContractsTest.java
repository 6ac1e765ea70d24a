package com.kamsuite.events;

import com.kamsuite.events.customer.CustomerRegistered;
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
            assertThat(addresses).contains(Topics.FORECAST_PUBLISHED, Topics.CUSTOMER, Topics.OPPORTUNITY,
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
                        new BigDecimal("1200000"), null, YearMonth.of(2027, 5))), "am-1");

        byte[] json = EventJson.write(confirmed);

        assertThat(EventSchemas.violations(EventCatalog.OPPORTUNITY_CONFIRMED, json)).isEmpty();
        assertThat(new String(json)).contains("\"deliveryMonth\":\"2027-05\"");
        assertThat(EventJson.read(json, OpportunityConfirmed.class)).isEqualTo(confirmed);
    }

    @Test
    void aProductWithoutDeliveryMonthIsRejectedByItsSchema() {
        var revised = new OpportunityRevised("opp-1", "cust-1", "Boiler retrofit", BigDecimal.TEN, "CNY", null,
                List.of(new OpportunityProduct("BLR-40", null, null, BigDecimal.ONE, null, null, null)), "am-1");

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
