package com.kamsuite.customer.classification;

import com.kamsuite.customer.CustomerServiceIntegrationTest;
import com.kamsuite.customer.CustomerTestData;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.opportunity.OpportunityWon;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.kamsuite.customer.CustomerApi.read;
import static com.kamsuite.customer.CustomerApi.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ClassificationIntegrationTest extends CustomerServiceIntegrationTest {

    private final String division = CustomerTestData.uniqueId("div-tier");
    private final String am = token("am-tier", division, "ACCOUNT_MANAGER");
    private final String operations = token("ops-tier", division, "SALES_OPERATIONS");

    @Test
    void wonRevenueRaisesTheTierWithItsReasonsAndAnnouncesTheChange() {
        String id = api.register(am, CustomerTestData.uniqueName("能源有限公司"), null);
        var assessed = api.put(am, "/api/customers/" + id + "/account/assessment",
                "{\"industryInfluence\":4,\"strategicValue\":5,\"pricePressure\":0,\"averagePaymentDays\":45}");
        assertThat(assessed).hasStatus(200);
        assertThat(read(assessed, "$.classification.tier").toString()).isEqualTo("NORMAL");

        String opportunity = CustomerTestData.uniqueId("opp");
        api.publish(EventCatalog.OPPORTUNITY_WON, opportunity, division, 3, new OpportunityWon(opportunity, id,
                new BigDecimal("1000000"), "CNY", LocalDate.now(), "am-tier", List.of(new OpportunityWon.Credit("am-tier", BigDecimal.TEN.multiply(BigDecimal.TEN)))));

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(read(api.get(am, "/api/customers/" + id + "/account"), "$.classification.tier").toString()).isEqualTo("STRATEGIC"));
        var account = api.get(am, "/api/customers/" + id + "/account");
        assertThat((List<String>) read(account, "$.classification.reasons")).anyMatch(r -> r.contains("top 80%"));
        List<String> classified = customerEventData(id + "@" + division, "kam.customer.classified.v1", 2);
        assertThat(classified).hasSize(2);
        assertThat(classified.get(1)).contains("\"tier\":\"STRATEGIC\"").contains("\"previousTier\":\"NORMAL\"");
    }

    @Test
    void eachDivisionSetsItsOwnWeightsAndRecomputesOnDemand() {
        api.register(am, CustomerTestData.uniqueName("钢铁有限公司"), null);
        assertThat(api.put(am, "/api/customers/classification/weights", weights(40))).hasStatus(403);
        var invalid = api.put(operations, "/api/customers/classification/weights", weights(50));
        assertThat(invalid).hasStatus(400);
        assertThat(api.put(operations, "/api/customers/classification/weights", weights(30))).hasStatus(200);

        assertThat((Integer) read(api.get(am, "/api/customers/classification/weights"), "$.strategicThreshold")).isEqualTo(70);
        assertThat((Integer) read(api.get(token("x", "div-elsewhere", "ACCOUNT_MANAGER"), "/api/customers/classification/weights"),
                "$.strategicThreshold")).isEqualTo(60);
        assertThat((Integer) read(api.post(operations, "/api/customers/classification/recompute", null), "$.accounts")).isEqualTo(1);
    }

    private static String weights(int volume) {
        return "{\"volume\":" + volume + ",\"pareto\":20,\"growth\":15,\"influence\":15,\"strategic\":20,\"risk\":20,"
                + "\"strategicThreshold\":70,\"keyThreshold\":40,\"currency\":\"CNY\"}";
    }
}
