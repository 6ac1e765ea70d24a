package com.kamsuite.customer.hierarchy;

import com.kamsuite.customer.CustomerServiceIntegrationTest;
import com.kamsuite.customer.CustomerTestData;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.opportunity.OpportunityCreated;
import com.kamsuite.events.opportunity.OpportunityRevised;
import com.kamsuite.events.opportunity.OpportunityWon;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.kamsuite.customer.CustomerApi.read;
import static com.kamsuite.customer.CustomerApi.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HierarchyIntegrationTest extends CustomerServiceIntegrationTest {

    private final String division = CustomerTestData.uniqueId("div-tree");
    private final String am = token("am-tree", division, "ACCOUNT_MANAGER");

    @Test
    void revenueRollsUpAGroupOfAnyDepthAndCyclesAreRefused() {
        String group = api.register(am, CustomerTestData.uniqueName("集团"), null);
        String subsidiary = api.register(am, CustomerTestData.uniqueName("电气有限公司"), "\"parentId\":\"" + group + "\"");
        String site = api.register(am, CustomerTestData.uniqueName("变电站"), null);
        assertThat(api.put(am, "/api/customers/" + site + "/parent", "{\"parentId\":\"" + subsidiary + "\"}")).hasStatus(200);

        var cycle = api.put(am, "/api/customers/" + group + "/parent", "{\"parentId\":\"" + site + "\"}");
        assertThat(cycle).hasStatus(409);
        assertThat(read(cycle, "$.code").toString()).isEqualTo("hierarchy-cycle");

        String won = CustomerTestData.uniqueId("opp");
        api.publish(EventCatalog.OPPORTUNITY_CREATED, won, division, 1, created(won, site, "800000"));
        String wonEvent = api.publish(EventCatalog.OPPORTUNITY_WON, won, division, 2, won(won, site, "1000000"));
        api.publish(EventCatalog.OPPORTUNITY_WON, won, division, 2, won(won, site, "1000000"), wonEvent); // delivered twice
        String open = CustomerTestData.uniqueId("opp");
        api.publish(EventCatalog.OPPORTUNITY_CREATED, open, division, 1, created(open, subsidiary, "250000"));

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            var tree = api.get(am, "/api/customers/" + group + "/hierarchy");
            assertThat(tree).hasStatus(200);
            assertThat(read(tree, "$.root.total.won[0].amount").toString()).isEqualTo("1000000");
            assertThat(read(tree, "$.root.total.openPipeline[0].amount").toString()).isEqualTo("250000");
            assertThat((List<?>) read(tree, "$.root.own.won")).isEmpty();
            assertThat(read(tree, "$.root.children[0].children[0].customerId").toString()).isEqualTo(site);
        });
        assertThat((List<String>) read(api.get(am, "/api/customers/" + site + "/hierarchy"), "$.ancestors[*].id"))
                .containsExactly(group, subsidiary);
        // another division sees the same group but none of this division's revenue
        var other = api.get(token("am-x", "div-other-tree", "ACCOUNT_MANAGER"), "/api/customers/" + group + "/hierarchy");
        assertThat((List<?>) read(other, "$.root.total.won")).isEmpty();
    }

    @Test
    void theOpenPipelineFollowsARevisionOfTheOpportunityAmount() {
        String customer = api.register(am, CustomerTestData.uniqueName("上海电气"), null);
        String opportunity = CustomerTestData.uniqueId("opp");
        api.publish(EventCatalog.OPPORTUNITY_CREATED, opportunity, division, 1, created(opportunity, customer, "5350000"));
        api.publish(EventCatalog.OPPORTUNITY_REVISED, opportunity, division, 2, new OpportunityRevised(opportunity, customer,
                "Switchgear, second phase", new BigDecimal("9450000"), "CNY", LocalDate.of(2027, 2, 26), List.of(), "am-tree"));

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            var tree = api.get(am, "/api/customers/" + customer + "/hierarchy");
            assertThat(read(tree, "$.root.total.openPipeline[0].amount").toString()).isEqualTo("9450000");
        });
    }

    @Test
    void twoMovesThatWouldTogetherMakeACycleAreNeverBothAccepted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String a = api.register(am, CustomerTestData.uniqueName("重工"), null);
                String b = api.register(am, CustomerTestData.uniqueName("机械"), null);
                Callable<Integer> aUnderB = () -> api.put(am, "/api/customers/" + a + "/parent", "{\"parentId\":\"" + b + "\"}")
                        .getResponse().getStatus();
                Callable<Integer> bUnderA = () -> api.put(am, "/api/customers/" + b + "/parent", "{\"parentId\":\"" + a + "\"}")
                        .getResponse().getStatus();
                List<Integer> statuses = new ArrayList<>();
                for (var result : pool.invokeAll(List.of(aUnderB, bUnderA))) {
                    statuses.add(result.get());
                }

                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static OpportunityCreated created(String id, String customer, String amount) {
        return new OpportunityCreated(id, customer, "Switchgear", new BigDecimal(amount), "CNY", LocalDate.of(2026, 12, 1), "am-tree", "01");
    }

    static OpportunityWon won(String id, String customer, String amount) {
        return new OpportunityWon(id, customer, new BigDecimal(amount), "CNY", LocalDate.now(), "am-tree",
                List.of(new OpportunityWon.Credit("am-tree", new BigDecimal("100"))));
    }
}
