package com.kamsuite.customer;

import com.kamsuite.embedded.demo.DemoValues;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.kamsuite.customer.CustomerApi.body;
import static com.kamsuite.customer.CustomerApi.read;
import static com.kamsuite.customer.CustomerApi.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the demo data of the embedded default (infra/local/…/20-customer-service.json) against the service, as
 * the launcher does through the gateway, and checks a new user sees a hierarchy, near-duplicates and a churn risk.
 */
class DemoDataIntegrationTest extends CustomerServiceIntegrationTest {

    private static final Path DEMO = Path.of("../infra/local/src/main/resources/demo/20-customer-service.json");
    private static final Map<String, String[]> USERS = Map.of(
            "liu.yang", new String[] {"div-power", "ACCOUNT_MANAGER"},
            "chen.jing", new String[] {"div-power", "ACCOUNT_MANAGER"},
            "ma.jun", new String[] {"div-automation", "ACCOUNT_MANAGER"});

    @Test
    void theDemoDataLoadsAndShowsAHierarchyNearDuplicatesAndAChurnRisk() throws Exception {
        JsonNode steps = JsonMapper.builder().build().readTree(Files.readString(DEMO)).path("steps");
        Map<String, String> saved = new HashMap<>();
        for (JsonNode step : steps) {
            String[] user = USERS.get(step.path("as").asString());
            String token = token(step.path("as").asString(), user[0], user[1]);
            String body = step.has("body") ? substitute(step.path("body").toString(), saved) : null;
            var result = api.send(step.path("method").asString(), token, substitute(step.path("path").asString(), saved), body);
            List<Integer> expected = step.has("expect")
                    ? step.path("expect").valueStream().map(JsonNode::asInt).toList() : List.of(200, 201, 204);
            assertThat(expected).as(step.path("title").asString() + ": " + body(result)).contains(result.getResponse().getStatus());
            step.path("save").properties().forEach(entry -> saved.put(entry.getKey(), read(result, entry.getValue().asString())));
        }

        String liu = token("liu.yang", "div-power", "ACCOUNT_MANAGER");
        assertThat(read(api.get(liu, "/api/customers/" + saved.get("shanghaiElectric") + "/hierarchy"),
                "$.root.children[0].children[0].customerId").toString()).isEqualTo(saved.get("turbineWorks"));
        assertThat((List<String>) read(api.get(liu, "/api/customers/duplicates?name=华东电力设备"), "$.candidates[*].id"))
                .contains(saved.get("eastChinaPower"), saved.get("eastChinaPowerAgain"));
        assertThat((List<String>) read(api.get(liu, "/api/customers/churn-risks"), "$[*].customerId")).contains(saved.get("jiangsuSteel"));
    }

    private static String substitute(String text, Map<String, String> saved) {
        return DemoValues.substitute(text, saved, LocalDate.now());
    }
}
