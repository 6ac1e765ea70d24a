package com.kamsuite.teamincentive.org;

import com.jayway.jsonpath.JsonPath;
import com.kamsuite.events.Topics;
import com.kamsuite.teamincentive.TeamIncentiveServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationIntegrationTest extends TeamIncentiveServiceIntegrationTest {

    private final String division = newDivision();
    private final String hr = token("hr-" + division, division, "HR");

    @Test
    void aReportingLineChangeIsEffectiveDatedAndAnnouncedWithTheWholeHistory() {
        String head = register("head", null, "DIVISION_HEAD");
        String am = register("am", head, "ACCOUNT_MANAGER");
        String manager = register("manager", head, "SALES_MANAGER");

        assertThat(post(hr, "/api/org/people/" + am + "/reporting-lines", """
                {"superiorId":"%s","roles":["ACCOUNT_MANAGER"],"effectiveFrom":"2026-07-01","reason":"new team"}"""
                .formatted(manager))).hasStatus(200);

        assertThat(read(get(hr, "/api/org/people/" + am + "?date=2026-06-30"), "$.superiorId").toString()).isEqualTo(head);
        assertThat(read(get(hr, "/api/org/people/" + am + "?date=2026-07-01"), "$.chain").toString())
                .isEqualTo("[\"" + manager + "\",\"" + head + "\"]");
        var announced = events(Topics.ORG, record -> am.equals(record.key()), 2);
        assertThat(announced).extracting(record -> type(record))
                .containsExactly("kam.org.reporting-line-changed.v1", "kam.org.reporting-line-changed.v1");
        String last = new String(announced.get(1).value(), StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(last, "$.superiorId")).isEqualTo(manager);
        assertThat(JsonPath.<String>read(last, "$.previousSuperiorId")).isEqualTo(head);
        assertThat(JsonPath.<List<?>>read(last, "$.lines")).hasSize(2);
        assertThat(division(announced.get(1))).isEqualTo(division);
    }

    @Test
    void makingSomeoneTheirOwnSuperiorAnswers409InTheCallersLanguage() {
        String head = register("head", null, "DIVISION_HEAD");
        String director = register("director", head, "SALES_DIRECTOR");

        var refused = mvc.post().uri("/api/org/people/" + head + "/reporting-lines").header(HttpHeaders.AUTHORIZATION, hr)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType("application/json")
                .content("{\"superiorId\":\"" + director + "\",\"roles\":[\"DIVISION_HEAD\"],\"effectiveFrom\":\"2026-03-01\"}")
                .exchange();

        assertThat(refused).hasStatus(409).bodyJson()
                .hasPathSatisfying("$.type", v -> assertThat(v).asString().isEqualTo("https://kam-suite.dev/problems/reporting-cycle"))
                .hasPathSatisfying("$.title", v -> assertThat(v).asString().isEqualTo("汇报关系成环"));
        assertThat(post(hr, "/api/org/people/" + director + "/reporting-lines",
                "{\"superiorId\":\"" + director + "\",\"roles\":[\"SALES_DIRECTOR\"],\"effectiveFrom\":\"2026-03-01\"}"))
                .hasStatus(409);
    }

    @Test
    void twoLineChangesThatWouldTogetherMakeACycleAreNeverBothAccepted() throws Exception {
        String head = register("head", null, "DIVISION_HEAD");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String first = register("manager-a" + round, head, "SALES_MANAGER");
                String second = register("manager-b" + round, head, "SALES_MANAGER");
                Callable<Integer> firstUnderSecond = () -> reportTo(first, second);
                Callable<Integer> secondUnderFirst = () -> reportTo(second, first);
                List<Integer> statuses = new ArrayList<>();
                for (var result : pool.invokeAll(List.of(firstUnderSecond, secondUnderFirst))) {
                    statuses.add(result.get());
                }

                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private int reportTo(String person, String superior) {
        return post(hr, "/api/org/people/" + person + "/reporting-lines",
                "{\"superiorId\":\"" + superior + "\",\"roles\":[\"SALES_MANAGER\"],\"effectiveFrom\":\"2026-05-01\"}")
                .getResponse().getStatus();
    }

    @Test
    void anotherDivisionSeesNeitherThePeopleNorTheUnits() {
        String head = register("head", null, "DIVISION_HEAD");
        String unit = read(post(hr, "/api/org/units", "{\"kind\":\"DIVISION\",\"name\":\"Power\"}"), "$.id");
        String other = token("someone", newDivision(), "HR");

        assertThat(get(other, "/api/org/people/" + head)).hasStatus(404);
        assertThat(get(other, "/api/org/units/" + unit)).hasStatus(404);
        assertThat(read(get(other, "/api/org/people"), "$.length()").toString()).isEqualTo("0");
        assertThat(post(other, "/api/org/people/" + head + "/reporting-lines",
                "{\"roles\":[\"HR\"],\"effectiveFrom\":\"2026-03-01\"}")).hasStatus(404);
    }

    @Test
    void keyAccountFormsFollowTheirRules() {
        String head = register("head", null, "DIVISION_HEAD");
        String am1 = register("am1", head, "ACCOUNT_MANAGER");
        String am2 = register("am2", head, "ACCOUNT_MANAGER");
        String am3 = register("am3", head, "ACCOUNT_MANAGER");
        String divisionUnit = read(post(hr, "/api/org/units", "{\"kind\":\"DIVISION\",\"name\":\"Power\"}"), "$.id");

        assertThat(post(hr, "/api/org/units", """
                {"kind":"KEY_ACCOUNT_PERMANENT_GROUP","name":"Grid group","parentId":"%s","leaderId":"%s","memberIds":["%s"]}"""
                .formatted(divisionUnit, am1, am2))).hasStatus(422).bodyJson()
                .hasPathSatisfying("$.code", v -> assertThat(v).asString().isEqualTo("permanent-group-size"));
        assertThat(post(hr, "/api/org/units", """
                {"kind":"KEY_ACCOUNT_PERMANENT_GROUP","name":"Grid group","parentId":"%s","leaderId":"%s","memberIds":["%s","%s"]}"""
                .formatted(divisionUnit, am1, am2, am3))).hasStatus(201);
        assertThat(post(hr, "/api/org/units", """
                {"kind":"KEY_ACCOUNT_TEMPORARY_GROUP","name":"Three Gorges tender","parentId":"%s","leaderId":"%s"}"""
                .formatted(divisionUnit, am1))).hasStatus(422).bodyJson()
                .hasPathSatisfying("$.code", v -> assertThat(v).asString().isEqualTo("temporary-group-leader"));
        assertThat(post(hr, "/api/org/units", """
                {"kind":"KEY_ACCOUNT_TEMPORARY_GROUP","name":"Three Gorges tender","parentId":"%s","leaderId":"%s"}"""
                .formatted(divisionUnit, head))).hasStatus(201);
        assertThat(post(hr, "/api/org/units", "{\"kind\":\"DIVISION\",\"name\":\"Again\"}")).hasStatus(409);
    }

    @Test
    void aUnitCannotSitUnderItsOwnDescendant() {
        String divisionUnit = read(post(hr, "/api/org/units", "{\"kind\":\"DIVISION\",\"name\":\"Power\"}"), "$.id");
        String region = read(post(hr, "/api/org/units",
                "{\"kind\":\"REGION\",\"name\":\"East\",\"code\":\"EAST\",\"parentId\":\"" + divisionUnit + "\"}"), "$.id");
        String team = read(post(hr, "/api/org/units", "{\"kind\":\"TEAM\",\"name\":\"Team A\",\"parentId\":\"" + region + "\"}"), "$.id");
        String subTeam = read(post(hr, "/api/org/units", "{\"kind\":\"TEAM\",\"name\":\"Team A1\",\"parentId\":\"" + team + "\"}"), "$.id");

        assertThat(put(hr, "/api/org/units/" + team, "{\"kind\":\"TEAM\",\"name\":\"Team A\",\"parentId\":\"" + subTeam + "\"}"))
                .hasStatus(409).bodyJson().hasPathSatisfying("$.code", v -> assertThat(v).asString().isEqualTo("unit-cycle"));
    }

    @Test
    void theChartShowsTheHierarchyOfTheDate() {
        String head = register("head", null, "DIVISION_HEAD");
        String am = register("am", head, "ACCOUNT_MANAGER");
        post(hr, "/api/org/people/" + am + "/departure", "{\"leftOn\":\"2026-09-01\"}");

        assertThat(read(get(hr, "/api/org/chart?date=2026-08-31"), "$[0].reports[0].personId").toString()).isEqualTo(am);
        assertThat(read(get(hr, "/api/org/chart?date=2026-09-01"), "$[0].reports.length()").toString()).isEqualTo("0");
        assertThat(post(hr, "/api/org/people/" + head + "/departure", "{\"leftOn\":\"2026-08-01\"}"))
                .hasStatus(422).bodyJson().hasPathSatisfying("$.code", v -> assertThat(v).asString().isEqualTo("has-subordinates"));
    }

    private String register(String name, String superior, String role) {
        String id = name + "." + division;
        var result = post(hr, "/api/org/people", """
                {"personId":"%s","name":"%s","superiorId":%s,"roles":["%s"],"effectiveFrom":"2026-01-01"}"""
                .formatted(id, name, superior == null ? "null" : "\"" + superior + "\"", role));
        assertThat(result).hasStatus(201);
        return id;
    }
}
