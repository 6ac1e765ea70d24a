package com.kamsuite.customer.assignment;

import com.kamsuite.customer.CustomerServiceIntegrationTest;
import com.kamsuite.customer.CustomerTestData;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.org.AssignmentRulesPublished;
import com.kamsuite.events.org.AssignmentRulesPublished.Rule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.kamsuite.customer.CustomerApi.read;
import static com.kamsuite.customer.CustomerApi.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AssignmentIntegrationTest extends CustomerServiceIntegrationTest {

    private final String division = CustomerTestData.uniqueId("div-assign");
    private final String am = token("am-1", division, "ACCOUNT_MANAGER");
    private final String operations = token("ops-1", division, "SALES_OPERATIONS");

    @Test
    void territoryRulesAssignNewAccountsAndTheQueueTakesTheRestUntilARuleCoversThem() {
        String v1 = publishRules(1, List.of(new Rule("r-east-power", 1, "EAST", "POWER", null, "am-east")));
        awaitRulesVersion(1);

        var east = api.registerRaw(am, CustomerTestData.registrationId(), CustomerTestData.uniqueName("电力设备有限公司"),
                "\"region\":\"EAST\",\"industry\":\"POWER\",\"size\":\"LARGE\"");
        assertThat(east).hasStatus(201);
        assertThat(read(east, "$.accountManagerId").toString()).isEqualTo("am-east");

        var west = api.registerRaw(am, CustomerTestData.registrationId(), CustomerTestData.uniqueName("电网有限公司"),
                "\"region\":\"WEST\",\"industry\":\"POWER\",\"size\":\"LARGE\"");
        assertThat((Boolean) read(west, "$.unassigned")).isTrue();
        String westId = read(west, "$.id");
        assertThat((List<String>) read(api.get(operations, "/api/customers/unassigned"), "$[*].customerId")).containsExactly(westId);

        // a duplicate delivery of v1 changes nothing; v2 covers the west and drains the queue
        publishRules(1, List.of(new Rule("r-east-power", 1, "EAST", "POWER", null, "am-east")), v1);
        publishRules(2, List.of(new Rule("r-east-power", 1, "EAST", "POWER", null, "am-east"),
                new Rule("r-west", 1, "WEST", null, null, "am-west")));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(read(api.get(am, "/api/customers/" + westId + "/account"), "$.ownerId").toString()).isEqualTo("am-west"));
        assertThat((List<?>) read(api.get(operations, "/api/customers/unassigned"), "$")).isEmpty();

        // a late, older rule set does not replace the newer one
        publishRules(1, List.of(new Rule("r-all", 9, null, null, null, "am-old")));
        publishRules(3, List.of(new Rule("r-all", 9, null, null, null, "am-new")));
        awaitRulesVersion(3);
        assertThat((List<String>) read(api.get(operations, "/api/customers/assignment-rules"), "$.rules[*].accountManagerId"))
                .containsExactly("am-new");
    }

    @Test
    void assigningByHandKeepsTheHistoryAndAnnouncesIt() {
        String id = api.register(am, CustomerTestData.uniqueName("机械有限公司"), "\"region\":\"NORTH\"");

        assertThat(api.put(am, "/api/customers/" + id + "/account/owner",
                "{\"accountManagerId\":\"am-2\",\"reason\":\"new territory\"}")).hasStatus(403);
        var assigned = api.put(operations, "/api/customers/" + id + "/account/owner",
                "{\"accountManagerId\":\"am-2\",\"reason\":\"new territory\"}");
        assertThat(assigned).hasStatus(200);
        assertThat((List<String>) read(assigned, "$.assignments[*].to")).containsExactly(null, "am-2");
        assertThat((List<String>) read(assigned, "$.assignments[*].by")).containsExactly("system", "ops-1");

        List<String> events = customerEventData(id + "@" + division, "kam.customer.assigned.v1", 2);
        assertThat(events).hasSize(2);
        assertThat(events.get(1)).contains("\"accountManagerId\":\"am-2\"").contains("\"reason\":\"new territory\"");
        assertThat(api.put(operations, "/api/customers/" + id + "/account/owner", "{\"accountManagerId\":\"\",\"reason\":\"x\"}"))
                .hasStatus(400);
    }

    private String publishRules(int version, List<Rule> rules) {
        return api.publish(EventCatalog.ASSIGNMENT_RULES_PUBLISHED, "rules-" + division, division, version,
                new AssignmentRulesPublished(division, "rules-" + division, version, rules));
    }

    private void publishRules(int version, List<Rule> rules, String eventId) {
        api.publish(EventCatalog.ASSIGNMENT_RULES_PUBLISHED, "rules-" + division, division, version,
                new AssignmentRulesPublished(division, "rules-" + division, version, rules), eventId);
    }

    private void awaitRulesVersion(int version) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat((Integer) read(api.get(operations, "/api/customers/assignment-rules"), "$.version")).isEqualTo(version));
    }
}
