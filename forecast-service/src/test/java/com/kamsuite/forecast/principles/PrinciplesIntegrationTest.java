package com.kamsuite.forecast.principles;

import com.kamsuite.forecast.ForecastServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrinciplesIntegrationTest extends ForecastServiceIntegrationTest {

    @Test
    void salesOperationsSetPrinciplesAndEveryRevisionIsKept() {
        Org org = newOrg();
        setPrinciples(org, "CATEGORY");

        var principles = get(org.as(org.am1()), "/api/forecasts/principles");

        assertThat(principles).hasStatus(200);
        assertThat((Integer) read(principles, "$.revision")).isEqualTo(2);
        assertThat((String) read(principles, "$.rules.weighting")).isEqualTo("CATEGORY");
        assertThat((List<String>) read(principles, "$.revisions[*].rules.weighting")).containsExactly("STAGE_PROBABILITY", "CATEGORY");
        assertThat((List<String>) read(principles, "$.revisions[*].audit.by")).containsOnly(org.ops());
        assertThat((List<String>) read(principles, "$.revisions[*].audit.reason")).containsOnly("yearly review");
    }

    @Test
    void theDeadlineOfAPeriodFollowsTheDefaultUnlessOverridden() {
        Org org = newOrg();
        assertThat((String) read(get(org.as(org.am1()), "/api/forecasts/principles/deadline?period=2027-Q1"), "$.deadline"))
                .isEqualTo("2026-12-27");

        put(org.as(org.ops()), "/api/forecasts/principles", """
                {"periodKind":"QUARTER","horizon":4,"countedStages":["05","06","07"],"weighting":"STAGE_PROBABILITY",
                 "currency":"CNY","deadlineDaysBeforeStart":5,"deadlines":{"2027-Q1":"2026-12-20"},
                 "timeZone":"Asia/Shanghai","reason":"holidays"}""");

        assertThat((String) read(get(org.as(org.am1()), "/api/forecasts/principles/deadline?period=2027-Q1"), "$.deadline"))
                .isEqualTo("2026-12-20");
    }

    @Test
    void aPeriodOfTheOtherKindHasNoDeadlineAndNoTimeliness() {
        Org org = newOrg();

        var month = get(org.as(org.am1()), "/api/forecasts/principles/deadline?period=2027-02");
        assertThat(month).hasStatus(422);
        assertThat((String) read(month, "$.code")).isEqualTo("wrong-period-kind");
        assertThat(get(org.as(org.head()), "/api/forecasts/timeliness?period=2027-02")).hasStatus(422);
    }

    @Test
    void invalidRulesAreRefusedWithLocalisedProblemDetails() {
        Org org = newOrg();

        var result = mvc.put().uri("/api/forecasts/principles").header("Authorization", org.as(org.ops()))
                .header("Accept-Language", "zh-CN").contentType("application/json")
                .content("""
                        {"periodKind":"QUARTER","horizon":0,"countedStages":["09"],"weighting":"CATEGORY","currency":"yuan",
                         "deadlineDaysBeforeStart":0,"timeZone":"Asia/Shanghai","reason":"x"}""").exchange();

        assertThat(result).hasStatus(400);
        assertThat(body(result)).contains("输入无效").contains("horizon").contains("currency");
    }

    @Test
    void commitStagesThatDoNotCountAreRefused() {
        Org org = newOrg();

        var result = put(org.as(org.ops()), "/api/forecasts/principles", """
                {"periodKind":"QUARTER","horizon":4,"countedStages":["05"],"weighting":"CATEGORY","commitStages":["07"],
                 "bestCasePercent":50,"currency":"CNY","timeZone":"Asia/Shanghai","reason":"x"}""");

        assertThat(result).hasStatus(400);
    }

    @Test
    void onlySalesOperationsSetPrinciplesAndOtherDivisionsSeeNone() {
        Org org = newOrg();

        assertThat(put(org.as(org.head()), "/api/forecasts/principles", """
                {"periodKind":"MONTH","horizon":3,"countedStages":["07"],"weighting":"STAGE_PROBABILITY","currency":"CNY",
                 "deadlineDaysBeforeStart":0,"timeZone":"Asia/Shanghai","reason":"mine"}""")).hasStatus(403);
        assertThat((String) read(get(org.as(org.head()), "/api/forecasts/principles"), "$.rules.periodKind")).isEqualTo("QUARTER");
        assertThat(get(token("someone", newDivision(), "SALES_OPERATIONS"), "/api/forecasts/principles")).hasStatus(404);
    }
}
