package com.kamsuite.customer.account;

import com.kamsuite.customer.CustomerServiceIntegrationTest;
import com.kamsuite.customer.CustomerTestData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.kamsuite.customer.CustomerApi.body;
import static com.kamsuite.customer.CustomerApi.read;
import static com.kamsuite.customer.CustomerApi.token;
import static org.assertj.core.api.Assertions.assertThat;

class AccountArchiveIntegrationTest extends CustomerServiceIntegrationTest {

    private final String division = CustomerTestData.uniqueId("div-archive");
    private final String am = token("am-archive", division, "ACCOUNT_MANAGER");
    private final String manager = token("sm-archive", division, "SALES_MANAGER");
    private final String finance = token("fin-archive", division, "FINANCE");

    @Test
    void theHistoryInterleavesTheAccountsChangesWithThoseOfItsEvaluationLoyaltyAndPlansByTime() {
        clock.set(Instant.parse("2026-11-02T01:00:00Z"));
        String id = api.register(am, CustomerTestData.uniqueName("电网设备有限公司"), null);
        clock.set(Instant.parse("2026-11-03T01:00:00Z"));
        assertThat(api.put(am, "/api/customers/" + id + "/account/extended", "{\"businessModel\":\"EPC\"}")).hasStatus(200);
        clock.set(Instant.parse("2026-11-04T01:00:00Z"));
        assertThat(api.post(am, "/api/customers/" + id + "/account/surveys", "{\"score\":80}")).hasStatus(201);
        clock.set(Instant.parse("2026-11-05T01:00:00Z"));
        assertThat(api.put(am, "/api/customers/" + id + "/account/assessment",
                "{\"industryInfluence\":3,\"strategicValue\":2,\"pricePressure\":1}")).hasStatus(200);
        clock.set(Instant.parse("2026-11-06T01:00:00Z"));
        assertThat(api.put(am, "/api/customers/" + id + "/account/plans/2027",
                "{\"goals\":[\"Grow\"],\"team\":{\"form\":\"KEY_ACCOUNT_DEPARTMENT\",\"members\":[]}}")).hasStatus(200);
        clock.set(Instant.parse("2026-11-07T01:00:00Z"));
        assertThat(api.post(am, "/api/customers/" + id + "/account/competitors", "{\"name\":\"ABB\"}")).hasStatus(201);

        List<String> categories = read(api.get(am, "/api/customers/" + id + "/account/history"), "$[*].category");
        assertThat(categories.stream().distinct().toList()).containsExactly("ACCOUNT", "EXTENDED", "LOYALTY",
                "ASSESSMENT", "CLASSIFICATION", "PLAN", "COMPETITORS");
    }

    @Test
    void everyChangeOfTheFourCategoriesIsKeptWithWhoWhenOldAndNew() {
        String id = api.register(am, CustomerTestData.uniqueName("机电有限公司"), "\"industry\":\"MACHINERY\"");
        assertThat(api.put(am, "/api/customers/" + id, "{\"legalName\":\"" + CustomerTestData.uniqueName("机电有限公司")
                + "\",\"industry\":\"POWER\",\"employees\":1200}")).hasStatus(200);
        assertThat(api.put(am, "/api/customers/" + id + "/account/extended",
                "{\"businessModel\":\"EPC\",\"creditLimit\":{\"amount\":2000000,\"currency\":\"CNY\"},\"paymentTermsDays\":90}")).hasStatus(200);
        var person = api.post(am, "/api/customers/" + id + "/account/key-people",
                "{\"name\":\"张建国\",\"title\":\"采购总监\",\"role\":\"PURCHASER\",\"influence\":4,\"relationshipStrength\":3,"
                        + "\"phone\":\"13900000000\",\"personalNotes\":\"likes tea\"}");
        String personId = read(person, "$.id");
        assertThat(api.put(am, "/api/customers/" + id + "/account/key-people/" + personId,
                "{\"name\":\"张建国\",\"title\":\"副总经理\",\"role\":\"DECISION_MAKER\",\"influence\":5,\"relationshipStrength\":3,"
                        + "\"phone\":\"13900000000\",\"personalNotes\":\"likes green tea\"}")).hasStatus(200);
        assertThat(api.post(am, "/api/customers/" + id + "/account/competitors",
                "{\"name\":\"ABB\",\"estimatedSharePercent\":35,\"strengths\":\"brand\"}")).hasStatus(201);
        assertThat(api.post(am, "/api/customers/" + id + "/account/competitors", "{\"name\":\"X\",\"estimatedSharePercent\":135}")).hasStatus(400);

        String master = body(api.get(am, "/api/customers/" + id + "/history"));
        assertThat(master).contains("\"field\":\"industry\",\"oldValue\":\"MACHINERY\",\"newValue\":\"POWER\"").contains("\"by\":\"am-archive\"");
        var history = api.get(manager, "/api/customers/" + id + "/account/history");
        assertThat(body(history)).contains("\"field\":\"paymentTermsDays\",\"oldValue\":null,\"newValue\":\"90\"")
                .contains("\"field\":\"" + personId + ".title\",\"oldValue\":\"采购总监\",\"newValue\":\"副总经理\"")
                .contains("\"oldValue\":\"likes tea\",\"newValue\":\"likes green tea\"")
                .contains("\"category\":\"COMPETITORS\"");

        // finance works without personal data: masked in the archive and in its history
        var financeView = api.get(finance, "/api/customers/" + id + "/account");
        assertThat((Boolean) read(financeView, "$.personalDataHidden")).isTrue();
        assertThat((List<String>) read(financeView, "$.keyPeople[*].phone")).containsOnlyNulls();
        assertThat(body(api.get(finance, "/api/customers/" + id + "/account/history"))).doesNotContain("likes").doesNotContain("13900000000");
        assertThat((List<String>) read(api.get(am, "/api/customers/" + id + "/account"), "$.keyPeople[*].personalNotes"))
                .containsExactly("likes green tea");
    }

    @Test
    void theRelationshipLevelChangesAreDated() {
        String id = api.register(am, CustomerTestData.uniqueName("电缆有限公司"), null);
        assertThat(api.put(am, "/api/customers/" + id + "/account/level",
                "{\"level\":\"PREFERRED_SUPPLIER\",\"effectiveOn\":\"2026-03-01\",\"note\":\"framework won\"}")).hasStatus(200);
        var partner = api.put(am, "/api/customers/" + id + "/account/level", "{\"level\":\"STRATEGIC_PARTNER\",\"effectiveOn\":\"2026-09-01\"}");
        assertThat((List<String>) read(partner, "$.levelChanges[*].effectiveOn")).containsExactly("2026-03-01", "2026-09-01");
        assertThat(read(partner, "$.level").toString()).isEqualTo("STRATEGIC_PARTNER");

        assertThat(read(api.put(am, "/api/customers/" + id + "/account/level", "{\"level\":\"STRATEGIC_PARTNER\"}"), "$.code").toString())
                .isEqualTo("level-unchanged");
        assertThat(api.put(am, "/api/customers/" + id + "/account/level", "{\"level\":\"VENDOR\",\"effectiveOn\":\"2026-01-01\"}")).hasStatus(409);
        assertThat(api.put(am, "/api/customers/" + id + "/account/level", "{\"level\":\"FRIEND\"}")).hasStatus(400);
    }

    @Test
    void theStaleListShowsTheOwnersAccountsNotReviewedInTheLastCalendarMonth() {
        String owner = CustomerTestData.uniqueId("am-stale");
        String ownerToken = token(owner, division, "ACCOUNT_MANAGER");
        clock.set(Instant.parse("2026-09-20T02:00:00Z"));
        String old = api.register(am, CustomerTestData.uniqueName("纺织有限公司"), null);
        String fresh = api.register(am, CustomerTestData.uniqueName("玻璃有限公司"), null);
        for (String id : List.of(old, fresh)) {
            api.put(manager, "/api/customers/" + id + "/account/owner", "{\"accountManagerId\":\"" + owner + "\",\"reason\":\"test\"}");
        }
        clock.set(Instant.parse("2026-10-05T02:00:00Z"));
        assertThat(api.post(ownerToken, "/api/customers/" + fresh + "/account/review", null)).hasStatus(200);

        clock.set(Instant.parse("2026-11-15T02:00:00Z"));
        var stale = api.get(ownerToken, "/api/customers/stale");
        assertThat((List<String>) read(stale, "$.accounts[*].customerId")).containsExactly(old);
        assertThat(read(stale, "$.reviewedBefore").toString()).isEqualTo("2026-09-30T16:00:00Z");
        assertThat((List<String>) read(api.get(manager, "/api/customers/stale?owner=" + owner), "$.accounts[*].customerId")).containsExactly(old);
        assertThat(api.get(am, "/api/customers/stale?owner=" + owner)).hasStatus(403);
    }
}
