package com.kamsuite.teamincentive.territory;

import com.jayway.jsonpath.JsonPath;
import com.kamsuite.events.Topics;
import com.kamsuite.teamincentive.TeamIncentiveServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryIntegrationTest extends TeamIncentiveServiceIntegrationTest {

    private Org org;
    private String ops;

    @BeforeEach
    void organisation() {
        org = newOrg();
        ops = org.as(org.ops());
    }

    @Test
    void anApprovedPlanIsPublishedForCustomerServiceAndPreviewsWhoGetsACustomer() {
        String plan = approvedPlan();

        var published = events(Topics.ORG, record -> plan.equals(record.key()), 1);
        assertThat(published).singleElement().satisfies(record -> {
            assertThat(type(record)).isEqualTo("kam.org.assignment-rules-published.v1");
            assertThat(division(record)).isEqualTo(org.division());
            String json = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(JsonPath.<List<String>>read(json, "$.rules[*].accountManagerId")).containsExactly(org.am1(), org.am2());
            assertThat(JsonPath.<Integer>read(json, "$.version")).isEqualTo(1);
        });
        assertThat(post(org.as(org.am1()), "/api/org/assignment-preview",
                "{\"region\":\"EAST\",\"industry\":\"UTILITIES\",\"size\":\"LARGE\"}"))
                .hasStatus(200).bodyJson()
                .hasPathSatisfying("$.accountManagerId", v -> assertThat(v).asString().isEqualTo(org.am1()))
                .hasPathSatisfying("$.candidates.length()", v -> assertThat(v).asNumber().isEqualTo(2));
        assertThat(read(post(ops, "/api/org/assignment-preview", "{\"region\":\"NORTH\",\"industry\":\"MINING\"}"),
                "$.accountManagerId").toString()).isEqualTo(org.am2());
    }

    @Test
    void aRedeploymentIsANewVersionAndTheOldDeploymentStaysInTheHistory() {
        String first = approvedPlan();
        String second = created(post(ops, "/api/org/territory-plans/" + first + "/revisions", "{\"effectiveFrom\":\"2026-07-01\"}"));

        assertThat(post(ops, "/api/org/territory-plans/" + second + "/redeployments", """
                {"personId":"%s","toTerritoryId":"NORTH-ALL","successorId":"%s","reason":"north needs help"}"""
                .formatted(org.am1(), org.am2()))).hasStatus(200);
        approveRegionAndPlan(second, "EAST");

        var history = get(ops, "/api/org/people/" + org.am1() + "/deployments");
        assertThat(read(history, "$.deployments[*].territoryIds").toString())
                .isEqualTo("[[\"EAST-GRID\"],[\"NORTH-ALL\"]]");
        assertThat(read(history, "$.redeployments[0].successorId").toString()).isEqualTo(org.am2());
        assertThat(read(post(ops, "/api/org/assignment-preview", "{\"region\":\"EAST\",\"industry\":\"UTILITIES\"}"),
                "$.accountManagerId").toString()).isEqualTo(org.am2());
        assertThat(read(get(ops, "/api/org/territory-plans/" + first), "$.status").toString()).isEqualTo("APPROVED");
    }

    @Test
    void anOlderVersionCannotBeApprovedOverANewerOne() {
        String older = created(post(ops, "/api/org/territory-plans", "{\"name\":\"old\",\"effectiveFrom\":\"2026-01-01\"}"));
        post(ops, "/api/org/territory-plans/" + older + "/rules", "{\"priority\":0,\"accountManagerId\":\"" + org.am1() + "\"}");
        post(ops, "/api/org/territory-plans/" + older + "/submission", "");
        String newer = approvedPlan();

        assertThat(post(org.as(org.head()), "/api/org/territory-plans/" + older + "/approval", ""))
                .hasStatus(409).bodyJson().hasPathSatisfying("$.code", v -> assertThat(v).asString().isEqualTo("plan-outdated"));
        assertThat(newer).isNotEqualTo(older);
    }

    @Test
    void rulesMustNameKnownRegionsAndAccountManagers() {
        String plan = created(post(ops, "/api/org/territory-plans", "{\"name\":\"p\",\"effectiveFrom\":\"2026-01-01\"}"));

        assertThat(post(ops, "/api/org/territory-plans/" + plan + "/rules",
                "{\"priority\":1,\"region\":\"MARS\",\"accountManagerId\":\"" + org.am1() + "\"}"))
                .hasStatus(422).bodyJson().hasPathSatisfying("$.code", v -> assertThat(v).asString().isEqualTo("unknown-region"));
        assertThat(post(ops, "/api/org/territory-plans/" + plan + "/rules",
                "{\"priority\":1,\"region\":\"EAST\",\"accountManagerId\":\"" + org.finance() + "\"}"))
                .hasStatus(422).bodyJson().hasPathSatisfying("$.code", v -> assertThat(v).asString().isEqualTo("not-an-account-manager"));
        assertThat(post(ops, "/api/org/territory-plans/" + plan + "/submission", ""))
                .hasStatus(422).bodyJson().hasPathSatisfying("$.code", v -> assertThat(v).asString().isEqualTo("no-rules"));
    }

    /** Territories EAST-GRID (am1) and NORTH-ALL (am2); a regional EAST rule for am1 and a division-wide fallback to am2. */
    private String approvedPlan() {
        String plan = created(post(ops, "/api/org/territory-plans", "{\"name\":\"2026\",\"effectiveFrom\":\"2026-01-01\"}"));
        assertThat(put(ops, "/api/org/territory-plans/" + plan + "/territories", """
                {"territoryId":"EAST-GRID","name":"East grid","region":"EAST","accountManagerIds":["%s"]}""".formatted(org.am1())))
                .hasStatus(200);
        assertThat(put(ops, "/api/org/territory-plans/" + plan + "/territories", """
                {"territoryId":"NORTH-ALL","name":"North","region":"NORTH","accountManagerIds":["%s"]}""".formatted(org.am2())))
                .hasStatus(200);
        assertThat(post(ops, "/api/org/territory-plans/" + plan + "/rules", """
                {"priority":10,"region":"EAST","industry":"UTILITIES","accountManagerId":"%s","territoryId":"EAST-GRID"}"""
                .formatted(org.am1()))).hasStatus(201);
        assertThat(post(ops, "/api/org/territory-plans/" + plan + "/rules", """
                {"priority":0,"accountManagerId":"%s","territoryId":"NORTH-ALL"}""".formatted(org.am2()))).hasStatus(201);
        approveRegionAndPlan(plan, "EAST");
        return plan;
    }

    private void approveRegionAndPlan(String plan, String region) {
        assertThat(post(ops, "/api/org/territory-plans/" + plan + "/regions/" + region + "/submission", "")).hasStatus(200);
        assertThat(post(org.as(org.director()), "/api/org/territory-plans/" + plan + "/regions/" + region + "/approval", ""))
                .hasStatus(200);
        assertThat(post(ops, "/api/org/territory-plans/" + plan + "/submission", "")).hasStatus(200);
        assertThat(post(org.as(org.head()), "/api/org/territory-plans/" + plan + "/approval", "")).hasStatus(200);
    }
}
