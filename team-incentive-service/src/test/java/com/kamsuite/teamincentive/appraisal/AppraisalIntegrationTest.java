package com.kamsuite.teamincentive.appraisal;

import com.kamsuite.events.customer.CustomerClassified;
import com.kamsuite.events.customer.CustomerSatisfactionRecorded;
import com.kamsuite.teamincentive.TeamIncentiveServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AppraisalIntegrationTest extends TeamIncentiveServiceIntegrationTest {

    @Test
    void theAppraisalWeighsTheSatisfactionAndContributionOfTheKeyAccountsServed() {
        Org org = newOrg();
        String keyAccount = "cust-" + UUID.randomUUID();
        publish(keyAccount, org.division(), 7, UUID.randomUUID().toString(), new CustomerClassified(keyAccount, org.division(),
                "KEY", "NORMAL", new BigDecimal("81"), List.of("top 80 % of revenue")));
        publish(keyAccount, org.division(), 8, UUID.randomUUID().toString(), new CustomerSatisfactionRecorded(keyAccount,
                org.division(), org.am1(), new BigDecimal("90"), LocalDate.of(2026, 8, 1)));
        String deal = "opp-" + UUID.randomUUID();
        var won = won(deal, "240000.00", "2026-08-10", org.am1(), org.am1(), 100);
        publish(deal, org.division(), 3, UUID.randomUUID().toString(), new com.kamsuite.events.opportunity.OpportunityWon(
                deal, keyAccount, won.amount(), "CNY", won.wonOn(), org.am1(), won.credits()));
        String path = "/api/incentives/appraisals/" + org.am1() + "?period=2026-Q3";

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get(org.as(org.am1()), path)).bodyJson()
                .hasPathSatisfying("$.keyAccountRevenue", v -> assertThat(v).asNumber().isEqualTo(240000.00))
                .hasPathSatisfying("$.satisfaction", v -> assertThat(v).asNumber().isEqualTo(90.00)));
        // no quota: the key-account score alone, (25 × 90 + 15 × 100) / 40 = 93.75 → B
        assertThat(get(org.as(org.manager()), path)).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.keyAccountsServed[0]", v -> assertThat(v).asString().isEqualTo(keyAccount))
                .hasPathSatisfying("$.score", v -> assertThat(v).asNumber().isEqualTo(93.75))
                .hasPathSatisfying("$.rating", v -> assertThat(v).asString().isEqualTo("B"));
        assertThat(get(org.as(org.am2()), path)).hasStatus(403);
        assertThat(read(get(org.as(org.hr()), "/api/incentives/appraisals?period=2026-Q3"), "$[*].personId").toString())
                .contains(org.am1(), org.am2(), org.manager(), org.director());
    }
}
