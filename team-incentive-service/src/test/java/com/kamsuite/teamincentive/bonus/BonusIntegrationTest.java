package com.kamsuite.teamincentive.bonus;

import com.jayway.jsonpath.JsonPath;
import com.kamsuite.events.Topics;
import com.kamsuite.events.opportunity.OpportunityLost;
import com.kamsuite.teamincentive.TeamIncentiveServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A quarterly plan (base 2 %; tiers 0 % ×0.5, 50 % ×1; accelerators 100 % ×1.5, 120 % ×2; cap 60,000; draw 5,000;
 * clawback 100 % within 180 days) for am1 and am2, whose 2026 quotas are 1,200,000 each, flat: 300,000 a quarter.
 */
class BonusIntegrationTest extends TeamIncentiveServiceIntegrationTest {

    static final String RULES = """
            {"currency":"CNY","periodicity":"QUARTERLY","baseRate":0.02,
             "tiers":[{"fromPercent":0,"multiplier":0.5},{"fromPercent":50,"multiplier":1.0}],
             "accelerators":[{"fromPercent":100,"multiplier":1.5},{"fromPercent":120,"multiplier":2.0}],
             "capAmount":60000,"drawAmount":5000,"clawbackWindowDays":180,"clawbackPercent":100,
             "satisfactionBands":[{"minScore":90,"factor":1.10},{"minScore":0,"factor":1.00}]}""";

    private Org org;
    private String ops;
    private String finance;
    private String quotaPlan;

    @BeforeEach
    void organisationAndQuotas() {
        org = newOrg();
        ops = org.as(org.ops());
        finance = org.as(org.finance());
        quotaPlan = created(post(ops, "/api/quotas/plans", """
                {"name":"2026","fromMonth":"2026-01","toMonth":"2026-12","currency":"CNY","total":"2400000.00"}"""));
        assertThat(put(ops, "/api/quotas/plans/" + quotaPlan + "/allocations", """
                {"allocations":[{"kind":"DIVISION","targetId":"%s","amount":"2400000.00"},
                  {"kind":"PERSON","targetId":"%s","parentTargetId":"%s","amount":"1200000.00"},
                  {"kind":"PERSON","targetId":"%s","parentTargetId":"%s","amount":"1200000.00"}]}"""
                .formatted(org.division(), org.am1(), org.division(), org.am2(), org.division()))).hasStatus(200);
        post(ops, "/api/quotas/plans/" + quotaPlan + "/submission", "");
        assertThat(post(org.as(org.head()), "/api/quotas/plans/" + quotaPlan + "/approval", "")).hasStatus(200);
    }

    @Test
    void aPlanIsAnalysedSubmittedApprovedByFinanceAndPublishedToItsParticipants() {
        String plan = draftPlan();

        assertThat(get(finance, "/api/incentives/plans/" + plan + "/cost-analysis?period=2026-Q3")).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.scenarios.length()", v -> assertThat(v).asNumber().isEqualTo(5))
                // at 100 %: 1,500 + 3,000 = 4,500 each, below the draw: 2 × 5,000 on 600,000 of revenue = 1.67 %
                .hasPathSatisfying("$.scenarios[2].payout", v -> assertThat(v).asNumber().isEqualTo(10000.00))
                .hasPathSatisfying("$.scenarios[2].costPercent", v -> assertThat(v).asNumber().isEqualTo(1.67))
                // at 120 %: 1,500 + 3,000 + 1,800 = 6,300 each: 12,600 on 720,000 = 1.75 %
                .hasPathSatisfying("$.scenarios[3].payout", v -> assertThat(v).asNumber().isEqualTo(12600.00))
                .hasPathSatisfying("$.scenarios[3].costPercent", v -> assertThat(v).asNumber().isEqualTo(1.75))
                // at 50 %: 1,500 each, below the draw: 2 × 5,000
                .hasPathSatisfying("$.scenarios[0].payout", v -> assertThat(v).asNumber().isEqualTo(10000.00));
        assertThat(post(ops, "/api/incentives/plans/" + plan + "/submission", "")).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.costAnalysisAtSubmission.scenarios.length()", v -> assertThat(v).asNumber().isEqualTo(5));
        assertThat(post(ops, "/api/incentives/plans/" + plan + "/approval", "")).hasStatus(403);
        assertThat(post(finance, "/api/incentives/plans/" + plan + "/approval", "")).hasStatus(200);
        assertThat(post(org.as(org.hr()), "/api/incentives/plans/" + plan + "/publication", "")).hasStatus(200);

        assertThat(read(get(org.as(org.am1()), "/api/incentives/my-plans"), "$[0].id").toString()).isEqualTo(plan);
        assertThat(events(Topics.INCENTIVE, r -> plan.equals(r.key()), 2)).extracting(r -> type(r))
                .containsExactly("kam.incentive.plan-approved.v1", "kam.incentive.plan-published.v1");
    }

    @Test
    void aPayoutIsCalculatedReproduciblyLockedOnApprovalAndADealLostLaterIsClawedBack() {
        String plan = approvedPlan();
        String deal = "opp-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publish(deal, org.division(), 4, eventId, won(deal, "360000.00", "2026-08-10", org.am1(), org.am1(), 100));
        awaitAchieved(org.am1(), "360000.00");

        var first = post(finance, "/api/incentives/payouts", "{\"planId\":\"" + plan + "\",\"period\":\"2026-Q3\"}");
        assertThat(first).hasStatus(200);
        String run = read(first, "$.id");
        String statement = body(get(org.as(org.am1()), "/api/incentives/payouts/" + run + "/statements/" + org.am1()));
        // 120 % of 300,000: 150,000 × 1 % + 150,000 × 2 % + 60,000 × 3 % = 1,500 + 3,000 + 1,800
        assertThat(JsonPath.<Object>read(statement, "$.payout").toString()).isEqualTo("6300.0");
        assertThat(JsonPath.<Object>read(statement, "$.lines.length()").toString()).isEqualTo("3");

        // The same event delivered again, then a recalculation: same inputs, same calculation, same statement.
        publish(deal, org.division(), 4, eventId, won(deal, "360000.00", "2026-08-10", org.am1(), org.am1(), 100));
        String marker = "opp-" + UUID.randomUUID();
        publish(marker, org.division(), 4, UUID.randomUUID().toString(), won(marker, "1.00", "2026-02-01", org.am2(), org.am2(), 100));
        awaitAchieved(org.am2(), "1.00");
        var again = post(finance, "/api/incentives/payouts", "{\"planId\":\"" + plan + "\",\"period\":\"2026-Q3\"}");
        assertThat(read(again, "$.calculation").toString()).isEqualTo("1");
        assertThat(read(again, "$.inputDigest").toString()).isEqualTo(read(first, "$.inputDigest").toString());
        assertThat(body(get(org.as(org.am1()), "/api/incentives/payouts/" + run + "/statements/" + org.am1()))).isEqualTo(statement);

        assertThat(post(ops, "/api/incentives/payouts/" + run + "/approval", "")).hasStatus(403);
        assertThat(post(finance, "/api/incentives/payouts/" + run + "/approval", "")).hasStatus(200);
        assertThat(post(finance, "/api/incentives/payouts", "{\"planId\":\"" + plan + "\",\"period\":\"2026-Q3\"}"))
                .hasStatus(409).bodyJson().hasPathSatisfying("$.code", v -> assertThat(v).asString().isEqualTo("payout-locked"));
        var approved = events(Topics.INCENTIVE, r -> run.equals(r.key()) && "kam.incentive.payout-approved.v1".equals(type(r)), 1);
        assertThat(JsonPath.<Object>read(new String(approved.get(0).value(), StandardCharsets.UTF_8), "$.payouts[0].amount").toString())
                .isEqualTo("6300.0");

        publish(deal, org.division(), 5, UUID.randomUUID().toString(), new OpportunityLost(deal, "cust-" + deal,
                new BigDecimal("360000.00"), "CNY", LocalDate.parse("2026-10-20"), org.am1(), "cancelled by the customer", null));
        awaitAchieved(org.am1(), "0.00");
        String q4 = read(post(finance, "/api/incentives/payouts", "{\"planId\":\"" + plan + "\",\"period\":\"2026-Q4\"}"), "$.id");
        String clawed = body(get(finance, "/api/incentives/payouts/" + q4 + "/statements/" + org.am1()));
        // clawback 360,000 × 6,300 / 360,000 = 6,300; earned 0 − 6,300 < draw: paid the draw 5,000, owes 11,300
        assertThat(JsonPath.<Object>read(clawed, "$.clawback").toString()).isEqualTo("6300.0");
        assertThat(JsonPath.<Object>read(clawed, "$.payout").toString()).isEqualTo("5000.0");
        assertThat(JsonPath.<Object>read(clawed, "$.balanceCarriedForward").toString()).isEqualTo("11300.0");
        // Q3 stays as it was paid
        assertThat(read(get(finance, "/api/incentives/payouts/" + run), "$.totalPayout").toString()).isEqualTo("11300.0");
    }

    @Test
    void aModificationIsANewVersionThatNeverRewritesAPaidPeriod() {
        String plan = approvedPlan();
        String run = read(post(finance, "/api/incentives/payouts", "{\"planId\":\"" + plan + "\",\"period\":\"2026-Q1\"}"), "$.id");
        assertThat(post(finance, "/api/incentives/payouts/" + run + "/approval", "")).hasStatus(200);

        assertThat(post(ops, "/api/incentives/plans/" + plan + "/revisions", "{\"effectiveFrom\":\"2026-01-01\"}"))
                .hasStatus(422);
        assertThat(post(ops, "/api/incentives/plans/" + plan + "/revisions", "{\"effectiveFrom\":\"2026-03-01\"}"))
                .hasStatus(422).bodyJson().hasPathSatisfying("$.code", v -> assertThat(v).asString().isEqualTo("effective-in-paid-period"));
        String second = created(post(ops, "/api/incentives/plans/" + plan + "/revisions", "{\"effectiveFrom\":\"2026-07-01\"}"));
        assertThat(put(ops, "/api/incentives/plans/" + second, """
                {"name":"2026 H2","rules":%s,"participantIds":["%s","%s"]}"""
                .formatted(RULES.replace("\"baseRate\":0.02", "\"baseRate\":0.03"), org.am1(), org.am2()))).hasStatus(200);
        post(ops, "/api/incentives/plans/" + second + "/submission", "");
        assertThat(post(finance, "/api/incentives/plans/" + second + "/approval", "")).hasStatus(200);

        assertThat(read(post(finance, "/api/incentives/payouts", "{\"planId\":\"" + plan + "\",\"period\":\"2026-Q3\"}"), "$.planId")
                .toString()).isEqualTo(second);
        assertThat(read(post(finance, "/api/incentives/payouts", "{\"planId\":\"" + second + "\",\"period\":\"2026-Q2\"}"), "$.planId")
                .toString()).isEqualTo(plan);
        assertThat(read(get(finance, "/api/incentives/payouts/" + run), "$.planId").toString()).isEqualTo(plan);
    }

    @Test
    void aStatementIsReadByThePersonTheirSuperiorsAndFinanceButNotByAPeer() {
        String plan = approvedPlan();
        String run = read(post(finance, "/api/incentives/payouts", "{\"planId\":\"" + plan + "\",\"period\":\"2026-Q2\"}"), "$.id");
        String path = "/api/incentives/payouts/" + run + "/statements/" + org.am1();

        assertThat(get(org.as(org.am1()), path)).hasStatus(200);
        assertThat(get(org.as(org.manager()), path)).hasStatus(200);
        assertThat(get(org.as(org.director()), path)).hasStatus(200);
        assertThat(get(finance, path)).hasStatus(200);
        assertThat(get(org.as(org.am2()), path)).hasStatus(403);
        assertThat(get(token(org.am1(), newDivision(), "FINANCE"), path)).hasStatus(404);
    }

    private String draftPlan() {
        return created(post(ops, "/api/incentives/plans", """
                {"name":"2026 sales bonus","effectiveFrom":"2026-01-01","rules":%s,"participantIds":["%s","%s"]}"""
                .formatted(RULES, org.am1(), org.am2())));
    }

    private String approvedPlan() {
        String plan = draftPlan();
        assertThat(post(ops, "/api/incentives/plans/" + plan + "/submission", "")).hasStatus(200);
        assertThat(post(finance, "/api/incentives/plans/" + plan + "/approval", "")).hasStatus(200);
        return plan;
    }

    private void awaitAchieved(String person, String amount) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                new BigDecimal(read(get(ops, "/api/quotas/plans/" + quotaPlan + "/attainment"),
                        "$[?(@.targetId=='" + person + "')].achieved").toString().replaceAll("[\\[\\]]", "")))
                .isEqualByComparingTo(amount));
    }
}
