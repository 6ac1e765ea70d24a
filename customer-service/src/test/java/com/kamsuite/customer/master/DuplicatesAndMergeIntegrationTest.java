package com.kamsuite.customer.master;

import com.kamsuite.customer.CustomerServiceIntegrationTest;
import com.kamsuite.customer.CustomerTestData;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.kamsuite.customer.CustomerApi.body;
import static com.kamsuite.customer.CustomerApi.read;
import static com.kamsuite.customer.CustomerApi.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DuplicatesAndMergeIntegrationTest extends CustomerServiceIntegrationTest {

    private final String am = token("am-dup", "div-a", "ACCOUNT_MANAGER");
    private final String operations = token("ops-dup", "div-a", "SALES_OPERATIONS");

    @Test
    void aTraditionalSpellingOfAnExistingNameAnswers409WithTheCandidatesUnlessConfirmed() {
        String brand = CustomerTestData.uniqueName("");
        String first = api.register(am, brand + "電氣技術有限公司", "\"phone\":\"021-5888 1234\"");

        var second = api.registerRaw(am, CustomerTestData.registrationId(), brand + "电气技术（有限公司）", null);
        assertThat(second).hasStatus(409);
        assertThat(read(second, "$.code").toString()).isEqualTo("possible-duplicate");
        assertThat(read(second, "$.candidates[0].id").toString()).isEqualTo(first);
        assertThat((List<String>) read(second, "$.candidates[0].matchedOn")).contains("SAME_NAME");

        var confirmed = api.registerRaw(am, CustomerTestData.registrationId(), brand + "电气技术（有限公司）",
                "\"confirmedDifferentCompany\":true");
        assertThat(confirmed).hasStatus(201);
        String id = read(confirmed, "$.id");
        assertThat(body(api.get(am, "/api/customers/" + id + "/history"))).contains("confirmedDistinctFrom").contains(first);
    }

    @Test
    void theRefusalIsLocalised() {
        String brand = CustomerTestData.uniqueName("");
        api.register(am, brand + "重工有限公司", null);
        var chinese = mvc.post().uri("/api/customers").header(HttpHeaders.AUTHORIZATION, am)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType("application/json")
                .content("{\"registrationId\":\"" + CustomerTestData.registrationId() + "\",\"legalName\":\"" + brand + "重工\"}").exchange();

        assertThat(chinese).hasStatus(409);
        assertThat(read(chinese, "$.title").toString()).isEqualTo("疑似重复客户");
        assertThat(read(chinese, "$.type").toString()).isEqualTo("https://kam-suite.dev/problems/possible-duplicate");
    }

    @Test
    void theDuplicateCheckFindsSimilarNamesAndTheSamePhoneOrAddress() {
        String brand = CustomerTestData.uniqueName("");
        String line = String.format("%04d", Math.floorMod(brand.hashCode(), 10000));
        String id = api.register(am, brand + "重型机械集团有限公司",
                "\"phone\":\"+86 10 6655 " + line + "\",\"address\":\"北京市朝阳区" + brand + "路1号\"");

        var similar = api.get(am, "/api/customers/duplicates?name=" + brand + "重型机器集团");
        assertThat(similar).hasStatus(200);
        assertThat(read(similar, "$.candidates[0].id").toString()).isEqualTo(id);
        assertThat((List<String>) read(similar, "$.candidates[0].matchedOn")).containsExactly("SIMILAR_NAME");

        var samePhone = api.get(am, "/api/customers/duplicates?name=Somebody Else Ltd&phone=010-6655" + line);
        assertThat((List<String>) read(samePhone, "$.candidates[*].id")).contains(id);

        var sameAddress = api.get(am, "/api/customers/duplicates?name=Another One&address=中國北京市朝陽區" + brand + "路1號");
        assertThat((List<String>) read(sameAddress, "$.candidates[0].matchedOn")).containsExactly("SAME_ADDRESS");

        assertThat(api.get(am, "/api/customers/duplicates?name=")).hasStatus(400);
    }

    @Test
    void mergingKeepsTheSurvivorRedirectsTheDuplicateAndMovesItsDivisionRelationships() {
        String brand = CustomerTestData.uniqueName("");
        String survivor = api.register(am, brand + "自动化有限公司", null);
        String duplicate = api.register(am, brand + "自動化設備", "\"confirmedDifferentCompany\":true");
        assertThat(api.post(am, "/api/customers/" + duplicate + "/account/key-people",
                "{\"name\":\"王总\",\"role\":\"DECISION_MAKER\",\"influence\":5,\"relationshipStrength\":4}")).hasStatus(201);

        assertThat(api.post(am, "/api/customers/" + survivor + "/merge", "{\"duplicateId\":\"" + duplicate + "\"}")).hasStatus(403);
        var merged = api.post(operations, "/api/customers/" + survivor + "/merge",
                "{\"duplicateId\":\"" + duplicate + "\",\"reason\":\"registered twice\"}");
        assertThat(merged).hasStatus(200);

        assertThat(read(api.get(am, "/api/customers/" + duplicate), "$.id").toString()).isEqualTo(survivor);
        assertThat(customerEventTypes(duplicate, 2)).contains("kam.customer.merged.v1");
        assertThat(customerEventData(duplicate, "kam.customer.merged.v1", 1).get(0))
                .contains("\"survivorId\":\"" + survivor + "\"").contains("\"mergedId\":\"" + duplicate + "\"");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            var account = api.get(am, "/api/customers/" + duplicate + "/account");
            assertThat(account).hasStatus(200);
            assertThat(read(account, "$.customerId").toString()).isEqualTo(survivor);
            assertThat((List<String>) read(account, "$.keyPeople[*].name")).contains("王总");
        });
        assertThat(api.post(operations, "/api/customers/" + survivor + "/merge", "{\"duplicateId\":\"" + duplicate + "\"}"))
                .hasStatus(409);
    }

    @Test
    void mergingHandsTheDuplicatesLoyaltyAndPlansToTheSurvivorsAndItsHistoryShowsThemInOrder() {
        String brand = CustomerTestData.uniqueName("");
        String survivor = api.register(am, brand + "输变电有限公司", null);
        String duplicate = api.register(am, brand + "輸變電設備", "\"confirmedDifferentCompany\":true");
        clock.set(Instant.parse("2026-11-02T01:00:00Z"));
        assertThat(api.put(am, "/api/customers/" + survivor + "/account/plans/2027", plan("Survivor's plan"))).hasStatus(200);
        clock.set(Instant.parse("2026-11-03T01:00:00Z"));
        assertThat(api.post(am, "/api/customers/" + duplicate + "/account/surveys", "{\"score\":71,\"surveyedOn\":\"2026-10-20\"}"))
                .hasStatus(201);
        assertThat(api.post(am, "/api/customers/" + duplicate + "/account/complaints", "{\"subject\":\"Late delivery\"}"))
                .hasStatus(201);
        assertThat(api.put(am, "/api/customers/" + duplicate + "/account/plans/2027", plan("Duplicate's plan"))).hasStatus(200);
        assertThat(api.put(am, "/api/customers/" + duplicate + "/account/plans/2028", plan("Duplicate's next plan"))).hasStatus(200);
        clock.reset();

        assertThat(api.post(operations, "/api/customers/" + survivor + "/merge", "{\"duplicateId\":\"" + duplicate + "\"}"))
                .hasStatus(200);

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            var loyalty = api.get(am, "/api/customers/" + survivor + "/account/loyalty");
            assertThat((List<Integer>) read(loyalty, "$.surveys[*].score")).containsExactly(71);
            assertThat((List<String>) read(loyalty, "$.complaints[*].subject")).containsExactly("Late delivery");
        });
        var plans = api.get(am, "/api/customers/" + survivor + "/account/plans");
        assertThat((List<String>) read(plans, "$[*].latest.content.goals[0]")).containsExactly("Survivor's plan", "Duplicate's next plan");
        List<String> categories = read(api.get(am, "/api/customers/" + survivor + "/account/history"), "$[*].category");
        assertThat(categories).contains("ACCOUNT", "PLAN", "LOYALTY", "MERGE");
        List<String> times = read(api.get(am, "/api/customers/" + survivor + "/account/history"), "$[*].at");
        assertThat(times.stream().map(Instant::parse).toList()).isSorted();
    }

    @Test
    void customersAboveAndBelowEachOtherAreNotMerged() {
        String group = api.register(am, CustomerTestData.uniqueName("控股集团"), null);
        String subsidiary = api.register(am, CustomerTestData.uniqueName("电力有限公司"), "\"parentId\":\"" + group + "\"");

        var refused = api.post(operations, "/api/customers/" + group + "/merge", "{\"duplicateId\":\"" + subsidiary + "\"}");
        assertThat(refused).hasStatus(409);
        assertThat(read(refused, "$.code").toString()).isEqualTo("merge-within-hierarchy");
    }

    private static String plan(String goal) {
        return "{\"goals\":[\"" + goal + "\"],\"team\":{\"form\":\"KEY_ACCOUNT_DEPARTMENT\",\"members\":[]}}";
    }
}
