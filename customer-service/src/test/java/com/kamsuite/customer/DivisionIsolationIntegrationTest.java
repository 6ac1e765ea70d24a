package com.kamsuite.customer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.kamsuite.customer.CustomerApi.body;
import static com.kamsuite.customer.CustomerApi.read;
import static com.kamsuite.customer.CustomerApi.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user of another division, whatever their roles, gets 404 on every endpoint that reads or writes a division's
 * data, exactly as for a customer that does not exist; division lists never show another division's accounts.
 */
class DivisionIsolationIntegrationTest extends CustomerServiceIntegrationTest {

    private final String owner = token("am-iso", "div-iso-a", CustomerApi.ALL_ROLES);
    private final String intruder = token("am-other", "div-iso-b", CustomerApi.ALL_ROLES);

    @Test
    void everyDivisionEndpointAnswers404ToAnotherDivision() {
        String id = api.register(owner, CustomerTestData.uniqueName("电力设备有限公司"), null);
        String p = "/api/customers/" + id + "/account";
        String person = read(api.post(owner, p + "/key-people", "{\"name\":\"李工\",\"role\":\"USER\",\"influence\":2,\"relationshipStrength\":2}"), "$.id");
        String competitor = read(api.post(owner, p + "/competitors", "{\"name\":\"Siemens\"}"), "$.id");
        String complaint = read(api.post(owner, p + "/complaints", "{\"subject\":\"Noise\"}"), "$.id");
        api.put(owner, p + "/plans/2027", "{\"goals\":[\"Grow\"],\"team\":{\"form\":\"KEY_ACCOUNT_DEPARTMENT\"}}");

        String keyPerson = "{\"name\":\"X\",\"role\":\"USER\",\"influence\":1,\"relationshipStrength\":1}";
        List<String[]> endpoints = List.of(
                new String[] {"GET", p, null},
                new String[] {"GET", p + "/history", null},
                new String[] {"PUT", p + "/extended", "{\"businessModel\":\"x\"}"},
                new String[] {"POST", p + "/key-people", keyPerson},
                new String[] {"PUT", p + "/key-people/" + person, keyPerson},
                new String[] {"DELETE", p + "/key-people/" + person, null},
                new String[] {"POST", p + "/competitors", "{\"name\":\"Y\"}"},
                new String[] {"PUT", p + "/competitors/" + competitor, "{\"name\":\"Y\"}"},
                new String[] {"DELETE", p + "/competitors/" + competitor, null},
                new String[] {"POST", p + "/review", null},
                new String[] {"PUT", p + "/level", "{\"level\":\"PREFERRED_SUPPLIER\"}"},
                new String[] {"PUT", p + "/owner", "{\"accountManagerId\":\"am-other\",\"reason\":\"grab\"}"},
                new String[] {"PUT", p + "/assessment", "{\"industryInfluence\":1,\"strategicValue\":1,\"pricePressure\":1}"},
                new String[] {"POST", p + "/classification", null},
                new String[] {"GET", p + "/loyalty", null},
                new String[] {"POST", p + "/surveys", "{\"score\":10}"},
                new String[] {"POST", p + "/complaints", "{\"subject\":\"x\"}"},
                new String[] {"POST", p + "/complaints/" + complaint + "/resolution", "{\"resolution\":\"x\"}"},
                new String[] {"PUT", p + "/budgets/2026", "{\"amount\":1,\"currency\":\"CNY\"}"},
                new String[] {"PUT", p + "/plans/2027", "{\"goals\":[\"Steal\"],\"team\":{\"form\":\"KEY_ACCOUNT_DEPARTMENT\"}}"},
                new String[] {"GET", p + "/plans/2027", null},
                new String[] {"GET", p + "/plans", null});

        for (String[] endpoint : endpoints) {
            var answer = api.send(endpoint[0], intruder, endpoint[1], endpoint[2]);
            assertThat(answer.getResponse().getStatus()).as(endpoint[0] + " " + endpoint[1]).isEqualTo(404);
            assertThat(body(answer)).as(endpoint[0] + " " + endpoint[1]).contains("\"code\":\"not-found\"");
        }
        for (String list : List.of("/api/customers/unassigned", "/api/customers/churn-risks", "/api/customers/stale?owner=am-iso")) {
            assertThat(body(api.get(intruder, list))).as(list).doesNotContain(id);
        }

        // the master is group-wide; opening its own relationship gives the other division an empty archive of its own
        assertThat(api.get(intruder, "/api/customers/" + id)).hasStatus(200);
        var own = api.post(intruder, p, null);
        assertThat(own).hasStatus(201);
        assertThat((List<?>) read(own, "$.keyPeople")).isEmpty();
        assertThat((List<?>) read(api.get(owner, p), "$.keyPeople")).hasSize(1);
        assertThat(read(api.get(owner, p), "$.level").toString()).isEqualTo("VENDOR");
    }

    @Test
    void channelPartnersReadNoCustomers() {
        String id = api.register(owner, CustomerTestData.uniqueName("开关有限公司"), null);
        String partner = com.kamsuite.embedded.test.TestTokens.bearer(com.kamsuite.embedded.test.TestTokens.forPartner("partner-x", "div-iso-a"));
        assertThat(api.get(partner, "/api/customers/" + id)).hasStatus(403);
        assertThat(api.get(partner, "/api/customers/" + id + "/account")).hasStatus(403);
    }
}
