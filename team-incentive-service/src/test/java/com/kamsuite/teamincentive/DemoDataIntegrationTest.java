package com.kamsuite.teamincentive;

import com.kamsuite.embedded.demo.DemoValues;
import com.kamsuite.events.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the demo data of the embedded default (infra/local/…/10-team-incentive-service.json) as the launcher does,
 * with the demo users of docs/demo-data.md, and checks what it promises: a three-level organisation in both
 * divisions, approved territory rules published for customer-service, approved quotas, a published bonus plan and
 * a payout statement.
 */
class DemoDataIntegrationTest extends TeamIncentiveServiceIntegrationTest {

    private static final Path DEMO = Path.of("../infra/local/src/main/resources/demo/10-team-incentive-service.json");
    private static final Map<String, String[]> USERS = new HashMap<>();

    static {
        user("div-power", "wang.fang", "DIVISION_HEAD", "li.na", "SALES_DIRECTOR", "zhang.wei", "SALES_MANAGER",
                "liu.yang", "ACCOUNT_MANAGER", "chen.jing", "ACCOUNT_MANAGER", "zhao.lei", "SALES_OPERATIONS",
                "sun.li", "FINANCE", "zhou.min", "HR");
        user("div-automation", "huang.qiang", "DIVISION_HEAD", "wu.xia", "SALES_DIRECTOR", "xu.tao", "SALES_MANAGER",
                "ma.jun", "ACCOUNT_MANAGER", "hu.yan", "ACCOUNT_MANAGER", "guo.hua", "SALES_OPERATIONS",
                "lin.mei", "FINANCE", "he.ping", "HR");
    }

    @Test
    void theDemoDataLoadsAndShowsTheOrganisationRulesQuotasPlanAndAStatement() throws Exception {
        JsonNode steps = JsonMapper.builder().build().readTree(Files.readString(DEMO)).path("steps");
        Map<String, String> saved = new HashMap<>();
        for (JsonNode step : steps) {
            String login = step.path("as").asString();
            String body = step.has("body") ? substitute(step.path("body").toString(), saved) : "";
            var result = mvc.method(HttpMethod.valueOf(step.path("method").asString()))
                    .uri(substitute(step.path("path").asString(), saved))
                    .header(HttpHeaders.AUTHORIZATION, as(login)).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
            List<Integer> expected = step.has("expect")
                    ? step.path("expect").valueStream().map(JsonNode::asInt).toList() : List.of(200, 201, 204);
            assertThat(expected).as(step.path("title").asString() + ": " + body(result)).contains(status(result));
            step.path("save").properties().forEach(entry -> saved.put(entry.getKey(), read(result, entry.getValue().asString())));
        }

        for (String[] top : new String[][] {{"liu.yang", "zhang.wei", "li.na", "wang.fang"}, {"ma.jun", "xu.tao", "wu.xia", "huang.qiang"}}) {
            assertThat(read(get(as(top[0]), "/api/org/people/" + top[0] + "?date=2026-06-30"), "$.chain").toString())
                    .isEqualTo("[\"%s\",\"%s\",\"%s\"]".formatted(top[1], top[2], top[3]));
        }
        assertThat(read(post(as("zhao.lei"), "/api/org/assignment-preview",
                "{\"region\":\"EAST\",\"industry\":\"STEEL\",\"size\":\"LARGE\"}"), "$.accountManagerId").toString()).isEqualTo("chen.jing");
        assertThat(events(Topics.ORG, r -> saved.get("powerTerritories").equals(r.key()), 1)).extracting(r -> type(r))
                .containsExactly("kam.org.assignment-rules-published.v1");
        assertThat(read(get(as("zhao.lei"), "/api/quotas/plans/" + saved.get("powerQuota")), "$.inForce").toString()).isEqualTo("true");
        assertThat(read(get(as("liu.yang"), "/api/incentives/my-plans"), "$[0].status").toString()).isEqualTo("PUBLISHED");
        assertThat(read(get(as("ma.jun"), "/api/incentives/my-statements"), "$[0].period").toString()).isEqualTo("2026-Q3");
    }

    private static String as(String login) {
        String[] user = USERS.get(login);
        return token(login, user[0], user[1]);
    }

    private static void user(String division, String... loginsAndRoles) {
        for (int i = 0; i < loginsAndRoles.length; i += 2) {
            USERS.put(loginsAndRoles[i], new String[] {division, loginsAndRoles[i + 1]});
        }
    }

    private static String substitute(String text, Map<String, String> saved) {
        return DemoValues.substitute(text, saved, LocalDate.now());
    }
}
