package com.kamsuite.teamincentive.quota;

import com.jayway.jsonpath.JsonPath;
import com.kamsuite.events.Topics;
import com.kamsuite.teamincentive.TeamIncentiveServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class QuotaIntegrationTest extends TeamIncentiveServiceIntegrationTest {

    private Org org;
    private String ops;
    private String head;

    @BeforeEach
    void organisation() {
        org = newOrg();
        ops = org.as(org.ops());
        head = org.as(org.head());
    }

    @Test
    void anAllocationThatDoesNotAddUpIsRefusedWith422() {
        String plan = draftPlan("1200000.00");

        assertThat(put(ops, "/api/quotas/plans/" + plan + "/allocations", allocation("1200000.00", "700000.00", "400000.00")))
                .hasStatus(422).bodyJson()
                .hasPathSatisfying("$.code", v -> assertThat(v).asString().isEqualTo("allocation-mismatch"))
                .hasPathSatisfying("$.targetId", v -> assertThat(v).asString().isEqualTo(org.teamUnit()))
                .hasPathSatisfying("$.actual", v -> assertThat(v).asNumber().isEqualTo(1100000.00));
        assertThat(post(ops, "/api/quotas/plans/" + plan + "/submission", "")).hasStatus(422);
    }

    @Test
    void attainmentFollowsWonCreditsSplitBetweenPeopleAndIgnoresADuplicateDelivery() {
        String plan = approvedPlan();
        String opportunity = "opp-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        publish(opportunity, org.division(), 5, eventId, won(opportunity, "100000.00", "2026-03-10", org.am1(), org.am1(), 60, org.am2(), 40));
        publish(opportunity, org.division(), 5, eventId, won(opportunity, "100000.00", "2026-03-10", org.am1(), org.am1(), 60, org.am2(), 40));
        String second = "opp-" + UUID.randomUUID();
        publish(second, org.division(), 5, UUID.randomUUID().toString(), won(second, "50000.00", "2026-04-01", org.am2(), org.am2(), 100));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(achieved(plan, org.division())).isEqualTo("150000.0"));
        assertThat(achieved(plan, org.am1())).isEqualTo("60000.0");
        assertThat(achieved(plan, org.am2())).isEqualTo("90000.0");
        assertThat(achieved(plan, org.teamUnit())).isEqualTo("150000.0");
        assertThat(read(get(ops, "/api/quotas/plans/" + plan + "/attainment"),
                "$[?(@.targetId=='" + org.am1() + "')].attainmentPercent").toString()).isEqualTo("[8.57]");
        // The baseline at approval, then one change per distinct won opportunity: the duplicate announced nothing.
        var announced = events(Topics.QUOTA, r -> plan.equals(r.key()) && "kam.quota.attainment-changed.v1".equals(type(r)), 3);
        assertThat(announced).extracting(r -> JsonPath.<String>read(new String(r.value(), StandardCharsets.UTF_8), "$.opportunityId"))
                .containsExactly(null, opportunity, second);
    }

    @Test
    void aRevisionIsANewVersionAndTheOldOneIsKept() {
        String first = approvedPlan();
        String second = created(post(ops, "/api/quotas/plans/" + first + "/revisions", ""));

        assertThat(put(ops, "/api/quotas/plans/" + second + "/total", "{\"total\":\"1300000.00\"}")).hasStatus(200);
        assertThat(put(ops, "/api/quotas/plans/" + second + "/allocations", allocation("1300000.00", "800000.00", "500000.00")))
                .hasStatus(200);
        assertThat(post(ops, "/api/quotas/plans/" + second + "/submission", "")).hasStatus(200);
        assertThat(post(head, "/api/quotas/plans/" + second + "/approval", "")).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.version", v -> assertThat(v).asNumber().isEqualTo(2))
                .hasPathSatisfying("$.inForce", v -> assertThat(v).asBoolean().isTrue());

        assertThat(get(ops, "/api/quotas/plans/" + first)).bodyJson()
                .hasPathSatisfying("$.total", v -> assertThat(v).asNumber().isEqualTo(1200000.00))
                .hasPathSatisfying("$.status", v -> assertThat(v).asString().isEqualTo("APPROVED"))
                .hasPathSatisfying("$.inForce", v -> assertThat(v).asBoolean().isFalse());
        var approved = events(Topics.QUOTA, r -> second.equals(r.key()) && "kam.quota.approved.v1".equals(type(r)), 1);
        assertThat(JsonPath.<String>read(new String(approved.get(0).value(), StandardCharsets.UTF_8), "$.previousVersionId"))
                .isEqualTo(first);
    }

    @Test
    void theWorksheetShowsLastYearsAchievedSalesAndSuggestsAQuota() {
        String opportunity = "opp-" + UUID.randomUUID();
        publish(opportunity, org.division(), 3, UUID.randomUUID().toString(),
                won(opportunity, "200000.00", "2025-06-15", org.am1(), org.am1(), 100));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get(ops, "/api/quotas/worksheet?from=2026-01&to=2026-12&growthPercent=15")).bodyJson()
                        .hasPathSatisfying("$.historyTotal", v -> assertThat(v).asNumber().isEqualTo(200000.00))
                        .hasPathSatisfying("$.suggestedTotal", v -> assertThat(v).asNumber().isEqualTo(230000.00))
                        .hasPathSatisfying("$.suggestedByMonth.2026-06", v -> assertThat(v).asNumber().isEqualTo(230000.00)));
    }

    private String draftPlan(String total) {
        approvedTerritories();
        return created(post(ops, "/api/quotas/plans", """
                {"name":"2026","fromMonth":"2026-01","toMonth":"2026-12","currency":"CNY","total":"%s"}""".formatted(total)));
    }

    private String approvedPlan() {
        String plan = draftPlan("1200000.00");
        assertThat(put(ops, "/api/quotas/plans/" + plan + "/allocations", allocation("1200000.00", "700000.00", "500000.00")))
                .hasStatus(200);
        assertThat(post(ops, "/api/quotas/plans/" + plan + "/submission", "")).hasStatus(200);
        assertThat(post(head, "/api/quotas/plans/" + plan + "/approval", "")).hasStatus(200);
        return plan;
    }

    private void approvedTerritories() {
        String plan = created(post(ops, "/api/org/territory-plans", "{\"name\":\"2026\",\"effectiveFrom\":\"2026-01-01\"}"));
        put(ops, "/api/org/territory-plans/" + plan + "/territories",
                "{\"territoryId\":\"EAST-GRID\",\"name\":\"East grid\",\"region\":\"EAST\",\"accountManagerIds\":[\"" + org.am1() + "\"]}");
        post(ops, "/api/org/territory-plans/" + plan + "/rules", "{\"priority\":0,\"accountManagerId\":\"" + org.am1() + "\"}");
        post(ops, "/api/org/territory-plans/" + plan + "/submission", "");
        assertThat(post(head, "/api/org/territory-plans/" + plan + "/approval", "")).hasStatus(200);
    }

    private String allocation(String total, String am1, String am2) {
        return """
                {"allocations":[
                  {"kind":"DIVISION","targetId":"%1$s","amount":"%4$s"},
                  {"kind":"TERRITORY","targetId":"EAST-GRID","parentTargetId":"%1$s","amount":"%4$s"},
                  {"kind":"TEAM","targetId":"%2$s","parentTargetId":"EAST-GRID","amount":"%4$s"},
                  {"kind":"PERSON","targetId":"%3$s","parentTargetId":"%2$s","amount":"%5$s"},
                  {"kind":"PERSON","targetId":"%6$s","parentTargetId":"%2$s","amount":"%7$s"}]}"""
                .formatted(org.division(), org.teamUnit(), org.am1(), total, am1, org.am2(), am2);
    }

    private String achieved(String plan, String target) {
        return read(get(ops, "/api/quotas/plans/" + plan + "/attainment"), "$[?(@.targetId=='" + target + "')].achieved")
                .toString().replaceAll("[\\[\\]]", "");
    }
}
