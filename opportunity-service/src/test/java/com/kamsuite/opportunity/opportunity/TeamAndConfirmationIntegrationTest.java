package com.kamsuite.opportunity.opportunity;

import com.jayway.jsonpath.JsonPath;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.customer.CustomerMerged;
import com.kamsuite.opportunity.OpportunityServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** O4 owner change against the replica of reporting lines, O8 confirmation, and a customer merge followed, on the topic. */
class TeamAndConfirmationIntegrationTest extends OpportunityServiceIntegrationTest {

    private final String division = newDivision();
    private final String am1 = "am1." + division;
    private final String am2 = "am2." + division;
    private final String manager = "manager." + division;
    private final String owner = token(am1, division, "ACCOUNT_MANAGER");

    @Test
    void onlyTheOwnersSuperiorHandsTheOpportunityToAnotherPerson() throws Exception {
        reportingLine(am1, division, manager, 1);
        reportingLine(am2, division, manager, 1);
        String id = newOpportunity(owner);
        String body = "{\"newOwnerId\":\"" + am2 + "\",\"reason\":\"am1 moves north\"}";

        assertThat(post(token("other.manager", division, "SALES_MANAGER"), "/api/opportunities/" + id + "/owner-change", body))
                .hasStatus(403).bodyJson().hasPathSatisfying("$.code", v -> assertThat(v).isEqualTo("not-owners-superior"));
        assertThat(post(owner, "/api/opportunities/" + id + "/owner-change", body)).hasStatus(403);
        MvcTestResult changed = await().atMost(Duration.ofSeconds(20)).until(
                () -> post(token(manager, division, "SALES_MANAGER"), "/api/opportunities/" + id + "/owner-change", body),
                result -> status(result) != 403 && status(result) != 422);

        assertThat(changed).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.ownerId", v -> assertThat(v).isEqualTo(am2))
                .hasPathSatisfying("$.team.length()", v -> assertThat(v).isEqualTo(2))
                .hasPathSatisfying("$.ownerChanges[0].by", v -> assertThat(v).isEqualTo(manager));
        String event = data(eventsOf(id, 2), "kam.opportunity.owner-changed.v1");
        assertThat(JsonPath.<String>read(event, "$.previousOwnerId")).isEqualTo(am1);
        assertThat(JsonPath.<String>read(event, "$.ownerId")).isEqualTo(am2);
        assertThat(JsonPath.<String>read(event, "$.changedBy")).isEqualTo(manager);
    }

    @Test
    void aLateOlderReportingLineDoesNotOverwriteTheNewerOne() throws Exception {
        String newManager = "manager2." + division;
        reportingLine(am2, division, manager, 1);
        reportingLine(am1, division, newManager, 2);
        reportingLine(am1, division, manager, 1);
        String first = newOpportunity(owner);
        String second = newOpportunity(owner);
        String body = "{\"newOwnerId\":\"" + am2 + "\"}";

        await().atMost(Duration.ofSeconds(20)).until(
                () -> status(post(token(newManager, division, "SALES_MANAGER"), "/api/opportunities/" + first + "/owner-change", body)) == 200);

        // The late line (sequence 1, same key, so after sequence 2 on the same partition) must not make manager am1's superior again.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(
                () -> status(post(token(manager, division, "SALES_MANAGER"), "/api/opportunities/" + second + "/owner-change", body)) == 403);
    }

    @Test
    void theNewOwnerMustBeAnActivePersonOfTheDivision() throws Exception {
        String id = newOpportunity(owner);

        assertThat(post(token("head." + division, division, "DIVISION_HEAD"), "/api/opportunities/" + id + "/owner-change",
                "{\"newOwnerId\":\"nobody\"}")).hasStatus(422).bodyJson()
                .hasPathSatisfying("$.code", v -> assertThat(v).isEqualTo("unknown-person"));
    }

    @Test
    void theNewOwnerMustSellAPersonOfHrOrSalesOperationsCannotOwnAnOpportunity() throws Exception {
        // Found through the gateway: the division head handed an opportunity to HR (zhou.min), who may not even read it.
        String hr = "hr." + division;
        String head = token("head." + division, division, "DIVISION_HEAD");
        reportingLine(hr, division, "head." + division, 1, "HR");
        reportingLine(am2, division, manager, 1);
        String id = newOpportunity(owner);

        MvcTestResult refused = await().atMost(Duration.ofSeconds(20)).until(
                () -> post(head, "/api/opportunities/" + id + "/owner-change", "{\"newOwnerId\":\"" + hr + "\"}"),
                result -> !body(result).contains("unknown-person"));
        assertThat(refused).hasStatus(422).bodyJson().hasPathSatisfying("$.code", v -> assertThat(v).isEqualTo("not-a-seller"));
        assertThat(get(owner, "/api/opportunities/" + id)).bodyJson().hasPathSatisfying("$.ownerId", v -> assertThat(v).isEqualTo(am1));

        MvcTestResult handedOver = await().atMost(Duration.ofSeconds(20)).until(
                () -> post(head, "/api/opportunities/" + id + "/owner-change", "{\"newOwnerId\":\"" + am2 + "\"}"),
                result -> !body(result).contains("unknown-person"));
        assertThat(handedOver).hasStatus(200).bodyJson().hasPathSatisfying("$.ownerId", v -> assertThat(v).isEqualTo(am2));
    }

    @Test
    void thePrimaryOwnerConfirmsOnceAndForecastServiceLearnsEveryLaterRevision() throws Exception {
        String id = newOpportunity(owner);
        assertThat(put(owner, "/api/opportunities/" + id + "/team/" + am2, "{\"role\":\"PRE_SALES\"}")).hasStatus(200);

        assertThat(post(token(am2, division, "ACCOUNT_MANAGER"), "/api/opportunities/" + id + "/confirmation", ""))
                .hasStatus(403).bodyJson().hasPathSatisfying("$.code", v -> assertThat(v).isEqualTo("not-primary-owner"));
        assertThat(post(owner, "/api/opportunities/" + id + "/confirmation", "")).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.confirmed", v -> assertThat(v).isEqualTo(true));
        assertThat(post(owner, "/api/opportunities/" + id + "/confirmation", "")).hasStatus(409);
        assertThat(put(token(am2, division, "ACCOUNT_MANAGER"), "/api/opportunities/" + id, """
                {"name":"2027 switchgear framework","amount":900000,"currency":"CNY","expectedCloseDate":"2027-06-30","products":[%s]}"""
                .formatted(SWITCHGEAR))).hasStatus(200);

        List<ConsumerRecord<String, byte[]>> events = eventsOf(id, 3);
        assertThat(types(events)).containsExactly("kam.opportunity.created.v1", "kam.opportunity.confirmed.v1",
                "kam.opportunity.revised.v1");
        String confirmed = data(events, "kam.opportunity.confirmed.v1");
        assertThat(JsonPath.<String>read(confirmed, "$.stage")).isEqualTo("01");
        assertThat(JsonPath.<Number>read(confirmed, "$.probability").intValue()).isEqualTo(10);
        assertThat(JsonPath.<String>read(confirmed, "$.expectedCloseDate")).isEqualTo("2027-03-31");
        assertThat(JsonPath.<String>read(confirmed, "$.products[0].deliveryMonth")).isEqualTo("2027-05");
        assertThat(JsonPath.<Number>read(confirmed, "$.products[0].quantity").intValue()).isEqualTo(40);
        assertThat(JsonPath.<Number>read(data(events, "kam.opportunity.revised.v1"), "$.amount").intValue()).isEqualTo(900000);
    }

    @Test
    void anOpportunityFollowsItsCustomerIntoTheSurvivorOfAMerge() throws Exception {
        String id = newOpportunity(owner);
        String customer = read(get(owner, "/api/opportunities/" + id), "$.customerId");
        String survivor = registeredCustomer("Survivor");

        publish(EventCatalog.CUSTOMER_MERGED, customer, "div-power", 2, new CustomerMerged(survivor, customer));

        await().atMost(Duration.ofSeconds(20)).until(() -> survivor.equals(read(get(owner, "/api/opportunities/" + id), "$.customerId")));
        String revised = data(eventsOf(id, 2), "kam.opportunity.revised.v1");
        assertThat(JsonPath.<String>read(revised, "$.customerId")).isEqualTo(survivor);
    }
}
