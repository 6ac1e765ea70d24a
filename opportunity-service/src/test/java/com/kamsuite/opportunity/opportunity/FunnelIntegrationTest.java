package com.kamsuite.opportunity.opportunity;

import com.jayway.jsonpath.JsonPath;
import com.kamsuite.opportunity.OpportunityServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** O1–O3 through the API: products and revisions, the funnel with its gates, value assessments, win and loss, on the topic. */
class FunnelIntegrationTest extends OpportunityServiceIntegrationTest {

    private final String division = newDivision();
    private final String owner = token("am1." + division, division, "ACCOUNT_MANAGER");

    @Test
    void anOpportunityKeepsItsProductsAndEveryRevisionAndAnnouncesEachRevision() throws Exception {
        String id = newOpportunity(owner);

        var revised = put(owner, "/api/opportunities/" + id, """
                {"name":"2027 framework, phase 1","amount":1400000,"currency":"CNY","expectedCloseDate":"2027-04-30",
                 "source":"CHANNEL","reason":"second substation","products":[%s,
                 {"productCode":"GIS-126","quantity":2,"quotedPrice":2100000,"deliveryMonth":"2027-09"}]}""".formatted(SWITCHGEAR));

        assertThat(revised).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.revisions.length()", v -> assertThat(v).isEqualTo(2))
                .hasPathSatisfying("$.revisions[0].amount", v -> assertThat(v).asNumber().isEqualTo(1250000.00))
                .hasPathSatisfying("$.revisions[1].reason", v -> assertThat(v).isEqualTo("second substation"))
                .hasPathSatisfying("$.products[1].deliveryMonth", v -> assertThat(v).isEqualTo("2027-09"))
                .hasPathSatisfying("$.source", v -> assertThat(v).isEqualTo("CHANNEL"));
        List<ConsumerRecord<String, byte[]>> events = eventsOf(id, 2);
        assertThat(types(events)).containsExactly("kam.opportunity.created.v1", "kam.opportunity.revised.v1");
        String revision = data(events, "kam.opportunity.revised.v1");
        assertThat(JsonPath.<Number>read(revision, "$.amount").intValue()).isEqualTo(1400000);
        assertThat(JsonPath.<String>read(revision, "$.products[1].deliveryMonth")).isEqualTo("2027-09");
        assertThat(JsonPath.<String>read(revision, "$.revisedBy")).isEqualTo("am1." + division);
    }

    @Test
    void theGatesHoldUntilADecisionMakerAndAValueAssessmentAreRecorded() throws Exception {
        String id = newOpportunity(owner);
        assertThat(move(id, "02", null)).hasStatus(200);

        assertThat(move(id, "03", null)).hasStatus(422).bodyJson()
                .hasPathSatisfying("$.type", v -> assertThat(v).isEqualTo("https://kam-suite.dev/problems/stage-gate"))
                .hasPathSatisfying("$.gate", v -> assertThat(v).isEqualTo("DECISION_MAKER_BEFORE_03"));
        assertThat(post(owner, "/api/opportunities/" + id + "/contacts",
                "{\"name\":\"陈总\",\"title\":\"CEO\",\"buyingRole\":\"DECISION_MAKER\"}")).hasStatus(201);
        assertThat(move(id, "03", null)).hasStatus(200);
        assertThat(move(id, "04", null)).hasStatus(422);
        assertThat(post(owner, "/api/opportunities/" + id + "/assessments", answers(12))).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.score", v -> assertThat(v).isEqualTo(12))
                .hasPathSatisfying("$.highValue", v -> assertThat(v).isEqualTo(true))
                .hasPathSatisfying("$.scoreByDimension.CAN_WE_WIN", v -> assertThat(v).isEqualTo(2));
        assertThat(move(id, "04", null)).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.probability", v -> assertThat(v).asNumber().isEqualTo(40));

        var back = move(id, "02", null);
        assertThat(back).hasStatus(422).bodyJson()
                .hasPathSatisfying("$.type", v -> assertThat(v).isEqualTo("https://kam-suite.dev/problems/reason-required"));
        assertThat(move(id, "02", "budget postponed")).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.stageMoves[4].reason", v -> assertThat(v).isEqualTo("budget postponed"))
                .hasPathSatisfying("$.stageMoves[4].by", v -> assertThat(v).isEqualTo("am1." + division));

        List<ConsumerRecord<String, byte[]>> events = eventsOf(id, 5);
        assertThat(types(events)).containsExactly("kam.opportunity.created.v1", "kam.opportunity.stage-changed.v1",
                "kam.opportunity.stage-changed.v1", "kam.opportunity.stage-changed.v1", "kam.opportunity.stage-changed.v1");
        String last = new String(events.get(4).value(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(last, "$.fromStage")).isEqualTo("04");
        assertThat(JsonPath.<Number>read(last, "$.probability").intValue()).isEqualTo(20);
        assertThat(JsonPath.<String>read(last, "$.reason")).isEqualTo("budget postponed");
    }

    @Test
    void stageChangesCarryTheProbabilityTheDivisionConfigured() throws Exception {
        String ops = token("ops." + division, division, "SALES_OPERATIONS");
        assertThat(put(ops, "/api/opportunities/funnel-settings",
                "{\"probabilities\":[5,15,25,45,65,85,95],\"gates\":[]}")).hasStatus(200);
        String id = newOpportunity(owner);

        assertThat(move(id, "05", null)).hasStatus(200);

        String moved = data(eventsOf(id, 2), "kam.opportunity.stage-changed.v1");
        assertThat(JsonPath.<Number>read(moved, "$.probability").intValue()).isEqualTo(65);
        assertThat(JsonPath.<String>read(moved, "$.toStage")).isEqualTo("05");
    }

    @Test
    void winningAnnouncesTheTeamsCreditSplit() throws Exception {
        String ops = token("ops." + division, division, "SALES_OPERATIONS");
        put(ops, "/api/opportunities/funnel-settings", "{\"probabilities\":[10,20,30,40,60,80,90],\"gates\":[]}");
        String id = newOpportunity(owner);
        String colleague = "am2." + division;
        assertThat(put(owner, "/api/opportunities/" + id + "/team/" + colleague, "{\"role\":\"PRE_SALES\"}")).hasStatus(200);
        assertThat(put(owner, "/api/opportunities/" + id + "/credit-split", """
                {"shares":[{"personId":"am1.%s","percent":60},{"personId":"%s","percent":30}]}""".formatted(division, colleague)))
                .hasStatus(422).bodyJson().hasPathSatisfying("$.code", v -> assertThat(v).isEqualTo("credit-split-not-100"));
        assertThat(put(owner, "/api/opportunities/" + id + "/credit-split", """
                {"shares":[{"personId":"am1.%s","percent":60},{"personId":"%s","percent":40}]}""".formatted(division, colleague)))
                .hasStatus(200);

        assertThat(post(owner, "/api/opportunities/" + id + "/win", "{\"wonOn\":\"2027-03-28\"}")).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.stage", v -> assertThat(v).isEqualTo("08"))
                .hasPathSatisfying("$.status", v -> assertThat(v).isEqualTo("WON"));
        assertThat(move(id, "07", "reopen")).hasStatus(409);

        String won = data(eventsOf(id, 2), "kam.opportunity.won.v1");
        assertThat(JsonPath.<String>read(won, "$.wonOn")).isEqualTo("2027-03-28");
        assertThat(JsonPath.<List<String>>read(won, "$.credits[*].personId")).containsExactlyInAnyOrder("am1." + division, colleague);
        assertThat(JsonPath.<List<Number>>read(won, "$.credits[*].percent")).extracting(Number::intValue).containsExactlyInAnyOrder(60, 40);
    }

    @Test
    void losingNeedsAReasonAndAnnouncesTheWinningCompetitor() throws Exception {
        String id = newOpportunity(owner);

        assertThat(post(owner, "/api/opportunities/" + id + "/loss", "{\"reason\":\"\"}")).hasStatus(400);
        assertThat(post(owner, "/api/opportunities/" + id + "/loss",
                "{\"reason\":\"price 12 % above\",\"winningCompetitor\":\"ABB\",\"lostOn\":\"2027-02-01\"}")).hasStatus(200);

        String lost = data(eventsOf(id, 2), "kam.opportunity.lost.v1");
        assertThat(JsonPath.<String>read(lost, "$.reason")).isEqualTo("price 12 % above");
        assertThat(JsonPath.<String>read(lost, "$.winningCompetitor")).isEqualTo("ABB");
    }

    @Test
    void someoneOffTheSalesTeamCannotWorkTheOpportunityAndIsToldSoInChinese() throws Exception {
        String id = newOpportunity(owner);
        String stranger = token("am2." + division, division, "ACCOUNT_MANAGER");

        var refused = mvc.post().uri("/api/opportunities/" + id + "/stage-moves").header(HttpHeaders.AUTHORIZATION, stranger)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType("application/json").content("{\"stage\":\"02\"}").exchange();

        assertThat(refused).hasStatus(403).bodyJson()
                .hasPathSatisfying("$.code", v -> assertThat(v).isEqualTo("not-on-team"))
                .hasPathSatisfying("$.title", v -> assertThat(v).isEqualTo("不在销售团队中"));
    }

    @Test
    void anIncompleteAssessmentOrAnInvalidProductIsA400() throws Exception {
        String id = newOpportunity(owner);

        assertThat(post(owner, "/api/opportunities/" + id + "/assessments", "{\"answers\":{\"RISK_LOW\":true}}")).hasStatus(400);
        assertThat(put(owner, "/api/opportunities/" + id, """
                {"name":"n","amount":1,"currency":"CNY","products":[{"productCode":"P","quantity":0,"deliveryMonth":"2027-05"}]}"""))
                .hasStatus(400).bodyJson().hasPathSatisfying("$.errors[0].field", v -> assertThat(v).asString().contains("quantity"));
        assertThat(move(id, "08", null)).hasStatus(400);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult move(String id, String stage, String reason) {
        return post(owner, "/api/opportunities/" + id + "/stage-moves",
                "{\"stage\":\"" + stage + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }
}
