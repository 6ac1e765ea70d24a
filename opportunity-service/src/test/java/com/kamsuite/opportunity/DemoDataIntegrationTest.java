package com.kamsuite.opportunity;

import com.kamsuite.embedded.demo.DemoValues;
import com.kamsuite.embedded.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Replays the demo data of the embedded default (infra/local/…/30-opportunity-service.json) as the launcher does
 * (retrying a step for its {@code retryFor}), with the demo users of docs/demo-data.md. The customers the file refers to
 * come from customer-service's demo file; here their registration events are published first.
 */
class DemoDataIntegrationTest extends OpportunityServiceIntegrationTest {

    private static final Path DEMO = Path.of("../infra/local/src/main/resources/demo/30-opportunity-service.json");
    private static final Map<String, String[]> USERS = Map.of(
            "liu.yang", new String[] {"div-power", "ACCOUNT_MANAGER"},
            "chen.jing", new String[] {"div-power", "ACCOUNT_MANAGER"},
            "zhao.lei", new String[] {"div-power", "SALES_OPERATIONS"},
            "ma.jun", new String[] {"div-automation", "ACCOUNT_MANAGER"});

    @Test
    void theDemoDataLoadsAndShowsAConfirmedRevisedOpportunityWithItsTenderAndTheFunnelHealth() throws Exception {
        Map<String, String> saved = new HashMap<>();
        saved.put("shanghaiElectric", registeredCustomer("上海电气集团股份有限公司"));
        saved.put("jiangsuSteel", registeredCustomer("江苏钢铁"));

        for (JsonNode step : JsonMapper.builder().build().readTree(Files.readString(DEMO)).path("steps")) {
            String body = step.has("body") ? substitute(step.path("body").toString(), saved) : "";
            String path = substitute(step.path("path").asString(), saved);
            List<Integer> expected = step.has("expect")
                    ? step.path("expect").valueStream().map(JsonNode::asInt).toList() : List.of(200, 201, 204);
            java.util.concurrent.Callable<MvcTestResult> send = () -> mvc.method(HttpMethod.valueOf(step.path("method").asString()))
                    .uri(path).header(HttpHeaders.AUTHORIZATION, as(step.path("as").asString()))
                    .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
            MvcTestResult result = step.has("retryFor")
                    ? await().atMost(Duration.parse(step.path("retryFor").asString())).until(send, r -> expected.contains(status(r)))
                    : send.call();
            assertThat(expected).as(step.path("title").asString() + ": " + body(result)).contains(status(result));
            step.path("save").properties().forEach(entry -> saved.put(entry.getKey(), read(result, entry.getValue().asString())));
        }

        String switchgear = saved.get("powerSwitchgear");
        assertThat(get(as("liu.yang"), "/api/opportunities/" + switchgear)).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.stage", v -> assertThat(v).isEqualTo("04"))
                .hasPathSatisfying("$.confirmed", v -> assertThat(v).isEqualTo(true))
                .hasPathSatisfying("$.revisions.length()", v -> assertThat(v).isEqualTo(2))
                .hasPathSatisfying("$.latestAssessment.highValue", v -> assertThat(v).isEqualTo(true));
        assertThat(types(eventsOf(switchgear, 6))).containsExactly("kam.opportunity.created.v1",
                "kam.opportunity.stage-changed.v1", "kam.opportunity.stage-changed.v1", "kam.opportunity.stage-changed.v1",
                "kam.opportunity.confirmed.v1", "kam.opportunity.revised.v1");
        assertThat(types(eventsOf(saved.get("jiangsuRetrofit"), 2))).containsExactly("kam.opportunity.created.v1",
                "kam.opportunity.lost.v1");
        assertThat(get(as("partner-huadian"), "/partner/v1/tenders/" + switchgear)).bodyJson()
                .hasPathSatisfying("$.participation", v -> assertThat(v).isEqualTo("PARTICIPATING"));
        assertThat(get(as("zhao.lei"), "/api/opportunities/funnel-health")).bodyJson()
                .hasPathSatisfying("$.benchmarksSet", v -> assertThat(v).isEqualTo(true))
                .hasPathSatisfying("$.stages[3].amount.rating", v -> assertThat(v).isEqualTo("EXCELLENT"));
        assertThat(get(as("liu.yang"), "/api/opportunities/" + saved.get("automationDrives"))).hasStatus(404);
    }

    private static String as(String login) {
        if (login.startsWith("partner-")) {
            return TestTokens.bearer(TestTokens.forPartner(login, "div-power"));
        }
        String[] user = USERS.get(login);
        return token(login, user[0], user[1]);
    }

    private static String substitute(String text, Map<String, String> saved) {
        return DemoValues.substitute(text, saved, LocalDate.now());
    }
}
