package com.kamsuite.opportunity.funnel;

import com.kamsuite.opportunity.OpportunityServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** O2 funnel settings and O6 funnel health through the API. */
class FunnelHealthIntegrationTest extends OpportunityServiceIntegrationTest {

    private final String division = newDivision();
    private final String ops = token("ops." + division, division, "SALES_OPERATIONS");
    private final String am1 = token("am1." + division, division, "ACCOUNT_MANAGER");
    private final String am2 = token("am2." + division, division, "ACCOUNT_MANAGER");

    @Test
    void onlySalesOperationsReconfigureTheFunnelAndEveryChangeIsKept() {
        assertThat(get(am1, "/api/opportunities/funnel-settings")).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.stages[2].probability", v -> assertThat(v).asNumber().isEqualTo(30))
                .hasPathSatisfying("$.stages[2].task", v -> assertThat(v).asString().contains("buying committee"))
                .hasPathSatisfying("$.stages[8].probability", v -> assertThat(v).asNumber().isEqualTo(0))
                .hasPathSatisfying("$.gates.length()", v -> assertThat(v).isEqualTo(2));
        String settings = "{\"probabilities\":[10,20,30,50,60,80,90],\"gates\":[\"DECISION_MAKER_BEFORE_03\"]}";

        assertThat(put(am1, "/api/opportunities/funnel-settings", settings)).hasStatus(403);
        assertThat(put(ops, "/api/opportunities/funnel-settings", "{\"probabilities\":[10,20,30,50,40,80,90],\"gates\":[]}"))
                .hasStatus(400);
        assertThat(put(ops, "/api/opportunities/funnel-settings", settings)).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.stages[3].probability", v -> assertThat(v).asNumber().isEqualTo(50))
                .hasPathSatisfying("$.changes[0].by", v -> assertThat(v).isEqualTo("ops." + division));
        assertThat(get(token("ops.x", newDivision(), "SALES_OPERATIONS"), "/api/opportunities/funnel-settings")).bodyJson()
                .hasPathSatisfying("$.stages[3].probability", v -> assertThat(v).asNumber().isEqualTo(40));
    }

    @Test
    void theDivisionOwnerAndTeamFunnelsAreComparedWithTheirBenchmarks() throws Exception {
        reportingLine("am1." + division, division, "manager." + division, 1);
        reportingLine("am2." + division, division, "manager." + division, 1);
        assertThat(put(ops, "/api/opportunities/funnel-settings/benchmarks", """
                {"currency":"CNY","division":[{"stage":"01","count":4,"amount":2000000}],
                 "perOwner":[{"stage":"01","count":1,"amount":1000000}]}""")).hasStatus(200);
        newOpportunity(am1);
        newOpportunity(am1);
        newOpportunity(am2);

        assertThat(get(am1, "/api/opportunities/funnel-health")).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.stages[0].count.actual", v -> assertThat(v).asNumber().isEqualTo(3))
                .hasPathSatisfying("$.stages[0].count.ratioPercent", v -> assertThat(v).asNumber().isEqualTo(75.0))
                .hasPathSatisfying("$.stages[0].count.rating", v -> assertThat(v).isEqualTo("GOOD"))
                .hasPathSatisfying("$.stages[0].amount.ratioPercent", v -> assertThat(v).asNumber().isEqualTo(187.5))
                .hasPathSatisfying("$.stages[0].amount.rating", v -> assertThat(v).isEqualTo("EXCELLENT"));
        assertThat(get(am1, "/api/opportunities/funnel-health?scope=OWNER")).bodyJson()
                .hasPathSatisfying("$.stages[0].count.ratioPercent", v -> assertThat(v).asNumber().isEqualTo(200.0));
        MvcTestResult team = await().atMost(Duration.ofSeconds(20)).until(() -> get(token("manager." + division, division,
                "SALES_MANAGER"), "/api/opportunities/funnel-health?scope=TEAM"), r -> body(r).contains("am2." + division));
        assertThat(team).bodyJson()
                .hasPathSatisfying("$.owners.length()", v -> assertThat(v).isEqualTo(2))
                .hasPathSatisfying("$.stages[0].count.benchmark", v -> assertThat(v).asNumber().isEqualTo(2))
                .hasPathSatisfying("$.stages[0].count.ratioPercent", v -> assertThat(v).asNumber().isEqualTo(150.0));
        assertThat(put(am1, "/api/opportunities/funnel-settings/benchmarks", "{\"currency\":\"CNY\"}")).hasStatus(403);
    }

    @Test
    void benchmarksCanComeFromHistoricalSnapshotsOfTheFunnel() throws Exception {
        assertThat(post(ops, "/api/opportunities/funnel-health/benchmarks-from-snapshots", "{\"last\":3,\"currency\":\"CNY\"}"))
                .hasStatus(422);
        newOpportunity(am1);
        newOpportunity(am2);
        assertThat(post(am1, "/api/opportunities/funnel-health/snapshots", "")).hasStatus(403);
        assertThat(post(ops, "/api/opportunities/funnel-health/snapshots", "")).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.owners", v -> assertThat(v).isEqualTo(2))
                .hasPathSatisfying("$.stages[0].count", v -> assertThat(v).isEqualTo(2));
        newOpportunity(am1);
        assertThat(post(ops, "/api/opportunities/funnel-health/snapshots", "")).hasStatus(201);

        assertThat(post(ops, "/api/opportunities/funnel-health/benchmarks-from-snapshots", "{\"last\":2,\"currency\":\"CNY\"}"))
                .hasStatus(200).bodyJson()
                .hasPathSatisfying("$.division[0].count", v -> assertThat(v).isEqualTo(3))
                .hasPathSatisfying("$.division[0].amount", v -> assertThat(v).asNumber().isEqualTo(3125000.00))
                .hasPathSatisfying("$.perOwner[0].count", v -> assertThat(v).isEqualTo(1));
        assertThat(get(am1, "/api/opportunities/funnel-health/snapshots")).bodyJson()
                .hasPathSatisfying("$.length()", v -> assertThat(v).isEqualTo(2));
        assertThat(get(am1, "/api/opportunities/funnel-health")).bodyJson()
                .hasPathSatisfying("$.stages[0].count.ratioPercent", v -> assertThat(v).asNumber().isEqualTo(100.0));
    }
}
