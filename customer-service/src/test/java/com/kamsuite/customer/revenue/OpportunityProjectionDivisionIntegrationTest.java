package com.kamsuite.customer.revenue;

import com.kamsuite.customer.CustomerServiceIntegrationTest;
import com.kamsuite.customer.CustomerTestData;
import com.kamsuite.embedded.test.TopicReader;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.opportunity.OpportunityCreated;
import com.kamsuite.events.opportunity.OpportunityRevised;
import com.kamsuite.events.opportunity.OpportunityWon;
import com.kamsuite.kit.messaging.WrongDivisionException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.kamsuite.customer.CustomerApi.read;
import static com.kamsuite.customer.CustomerApi.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The revenue projection keeps each opportunity in the division it first learnt, whatever a later event claims. */
class OpportunityProjectionDivisionIntegrationTest extends CustomerServiceIntegrationTest {

    private final String division = CustomerTestData.uniqueId("div-rev");
    private final String am = token("am-rev", division, "ACCOUNT_MANAGER");

    @Test
    void anOpportunityEventOfAnotherDivisionThanTheOneHeldIsDeadLetteredAndLaterRealEventsStillApply() {
        String customer = api.register(am, CustomerTestData.uniqueName("上海电气"), null);
        String opportunity = CustomerTestData.uniqueId("opp");
        api.publish(EventCatalog.OPPORTUNITY_CREATED, opportunity, division, 1, new OpportunityCreated(opportunity, customer,
                "Switchgear", new BigDecimal("5350000"), "CNY", LocalDate.of(2027, 1, 20), "am-rev", "01"));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(read(api.get(am, hierarchy(customer)), "$.root.total.openPipeline[0].amount").toString()).isEqualTo("5350000"));

        String forger = CustomerTestData.uniqueId("div-forger");
        api.publish(EventCatalog.OPPORTUNITY_WON, opportunity, forger, 2, new OpportunityWon(opportunity, customer,
                new BigDecimal("1"), "CNY", LocalDate.now(), "mallory", List.of(new OpportunityWon.Credit("mallory", new BigDecimal("100")))));
        var dead = TopicReader.read(String.join(",", kafkaConnection.getBootstrapServers()), "kam.opportunity.v1.customer-service.dlt",
                record -> opportunity.equals(record.key()), 1);

        assertThat(dead).hasSize(1);
        assertThat(TopicReader.header(dead.get(0), "kafka_dlt-exception-cause-fqcn")).isEqualTo(WrongDivisionException.class.getName());
        var unchanged = api.get(am, hierarchy(customer));
        assertThat(read(unchanged, "$.root.total.openPipeline[0].amount").toString()).isEqualTo("5350000");
        assertThat((List<?>) read(unchanged, "$.root.total.won")).isEmpty();
        assertThat((List<?>) read(api.get(token("mallory", forger, "ACCOUNT_MANAGER"), hierarchy(customer)), "$.root.total.won")).isEmpty();

        api.publish(EventCatalog.OPPORTUNITY_REVISED, opportunity, division, 2, new OpportunityRevised(opportunity, customer,
                "Switchgear, second phase", new BigDecimal("9450000"), "CNY", LocalDate.of(2027, 2, 26), List.of(), "am-rev"));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(read(api.get(am, hierarchy(customer)), "$.root.total.openPipeline[0].amount").toString()).isEqualTo("9450000"));
    }

    private static String hierarchy(String customer) {
        return "/api/customers/" + customer + "/hierarchy";
    }
}
