package com.kamsuite.customer.plan;

import com.kamsuite.customer.CustomerServiceIntegrationTest;
import com.kamsuite.customer.CustomerTestData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.kamsuite.customer.CustomerApi.read;
import static com.kamsuite.customer.CustomerApi.token;
import static org.assertj.core.api.Assertions.assertThat;

class AccountPlanIntegrationTest extends CustomerServiceIntegrationTest {

    private final String am = token("am-plan", "div-plan", "ACCOUNT_MANAGER");

    @Test
    void eachSaveOfAYearsPlanIsANewVersionAndEarlierVersionsStayReadable() {
        String id = api.register(am, CustomerTestData.uniqueName("港务集团"), null);
        assertThat(api.put(am, "/api/customers/" + id + "/account/plans/2027", plan("Win the framework tender", "PERMANENT_GROUP",
                "[\"a\",\"b\",\"c\"]"))).hasStatus(200);
        var second = api.put(am, "/api/customers/" + id + "/account/plans/2027", plan("Become preferred supplier", "KEY_ACCOUNT_DEPARTMENT", "[]"));
        assertThat((Integer) read(second, "$.version")).isEqualTo(2);

        assertThat((List<String>) read(api.get(am, "/api/customers/" + id + "/account/plans/2027"), "$.content.goals"))
                .containsExactly("Become preferred supplier");
        var first = api.get(am, "/api/customers/" + id + "/account/plans/2027?version=1");
        assertThat((List<String>) read(first, "$.content.goals")).containsExactly("Win the framework tender");
        assertThat(read(first, "$.content.team.form").toString()).isEqualTo("PERMANENT_GROUP");
        assertThat((Integer) read(api.get(am, "/api/customers/" + id + "/account/plans"), "$[0].latestVersion")).isEqualTo(2);
        assertThat(api.get(am, "/api/customers/" + id + "/account/plans/2026")).hasStatus(404);
    }

    @Test
    void aPermanentGroupHasThreeToFiveMembers() {
        String id = api.register(am, CustomerTestData.uniqueName("航运有限公司"), null);
        var refused = api.put(am, "/api/customers/" + id + "/account/plans/2027", plan("Grow", "PERMANENT_GROUP", "[\"a\"]"));
        assertThat(refused).hasStatus(400);
        assertThat(read(refused, "$.detail").toString()).contains("3 to 5 members");
        assertThat(api.put(am, "/api/customers/" + id + "/account/plans/2027", "{\"goals\":[],\"team\":{\"form\":\"PERMANENT_GROUP\"}}"))
                .hasStatus(400);
    }

    private static String plan(String goal, String form, String members) {
        return "{\"goals\":[\"" + goal + "\"],\"revenueTarget\":{\"amount\":8000000,\"currency\":\"CNY\"},\"strategy\":\"lifecycle cost\","
                + "\"coverage\":[{\"customerSide\":\"采购总监\",\"ourPersonId\":\"am-plan\",\"cadence\":\"monthly\"}],"
                + "\"activities\":[{\"what\":\"Workshop\",\"ownerId\":\"am-plan\",\"due\":\"2027-03-15\"}],"
                + "\"team\":{\"form\":\"" + form + "\",\"leadId\":\"sm-plan\",\"members\":" + members + "},\"note\":\"v\"}";
    }
}
