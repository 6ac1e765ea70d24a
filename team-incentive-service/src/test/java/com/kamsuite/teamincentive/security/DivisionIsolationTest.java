package com.kamsuite.teamincentive.security;

import com.kamsuite.teamincentive.TeamIncentiveServiceIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever id they send, a user of another division, even in the right role, finds nothing of this division: every
 * endpoint that names an object answers 404, exactly as for an object that does not exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DivisionIsolationTest extends TeamIncentiveServiceIntegrationTest {

    private Org org;
    private String territoryPlan;
    private String quotaPlan;
    private String bonusPlan;
    private String run;
    private final String stranger = newDivision();

    @BeforeAll
    void anotherDivisionsData() {
        org = newOrg();
        String ops = org.as(org.ops());
        territoryPlan = created(post(ops, "/api/org/territory-plans", "{\"name\":\"P\",\"effectiveFrom\":\"2026-01-01\"}"));
        quotaPlan = created(post(ops, "/api/quotas/plans",
                "{\"name\":\"Q\",\"fromMonth\":\"2026-01\",\"toMonth\":\"2026-12\",\"currency\":\"CNY\",\"total\":100}"));
        put(ops, "/api/quotas/plans/" + quotaPlan + "/allocations", """
                {"allocations":[{"kind":"DIVISION","targetId":"%s","amount":100},
                  {"kind":"PERSON","targetId":"%s","parentTargetId":"%s","amount":100}]}""".formatted(org.division(), org.am1(), org.division()));
        post(ops, "/api/quotas/plans/" + quotaPlan + "/submission", "");
        bonusPlan = created(post(ops, "/api/incentives/plans", """
                {"name":"B","effectiveFrom":"2026-01-01","rules":%s,"participantIds":["%s"]}"""
                .formatted(RoleEndpointMatrixTest.RULES, org.am1())));
        post(ops, "/api/incentives/plans/" + bonusPlan + "/submission", "");
        assertThat(post(org.as(org.finance()), "/api/incentives/plans/" + bonusPlan + "/approval", "")).hasStatus(200);
        run = read(post(org.as(org.finance()), "/api/incentives/payouts", "{\"planId\":\"" + bonusPlan + "\",\"period\":\"2026-Q1\"}"), "$.id");
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource(delimiter = '|', value = {
            "GET    | /api/org/people/{am1}                              | HR               | ",
            "GET    | /api/org/people/{am1}/deployments                  | HR               | ",
            "POST   | /api/org/people/{am1}/reporting-lines              | HR               | {\"roles\":[\"HR\"],\"effectiveFrom\":\"2026-03-01\"}",
            "POST   | /api/org/people/{am1}/departure                    | HR               | {\"leftOn\":\"2026-03-01\"}",
            "GET    | /api/org/units/{unit}                              | HR               | ",
            "PUT    | /api/org/units/{unit}                              | HR               | {\"kind\":\"TEAM\",\"name\":\"Mine\"}",
            "GET    | /api/org/territory-plans/{tp}                      | SALES_OPERATIONS | ",
            "POST   | /api/org/territory-plans/{tp}/rules                | SALES_OPERATIONS | {\"priority\":1,\"accountManagerId\":\"x\"}",
            "POST   | /api/org/territory-plans/{tp}/approval             | DIVISION_HEAD    | ",
            "POST   | /api/org/assignment-preview                        | SALES_OPERATIONS | {\"planId\":\"{tp}\"}",
            "GET    | /api/quotas/plans/{qp}                             | SALES_OPERATIONS | ",
            "GET    | /api/quotas/plans/{qp}/attainment                  | SALES_OPERATIONS | ",
            "POST   | /api/quotas/plans/{qp}/approval                    | DIVISION_HEAD    | ",
            "GET    | /api/incentives/plans/{bp}                         | FINANCE          | ",
            "GET    | /api/incentives/plans/{bp}/cost-analysis           | FINANCE          | ",
            "POST   | /api/incentives/plans/{bp}/publication             | HR               | ",
            "POST   | /api/incentives/payouts                            | FINANCE          | {\"planId\":\"{bp}\",\"period\":\"2026-Q2\"}",
            "GET    | /api/incentives/payouts/{run}                      | FINANCE          | ",
            "POST   | /api/incentives/payouts/{run}/approval             | FINANCE          | ",
            "GET    | /api/incentives/payouts/{run}/statements/{am1}     | FINANCE          | ",
            "GET    | /api/incentives/appraisals/{am1}?period=2026-Q1    | HR               | "})
    void anotherDivisionGets404ForEveryObject(String method, String path, String role, String body) {
        var result = mvc.method(HttpMethod.valueOf(method)).uri(resolve(path))
                .header(HttpHeaders.AUTHORIZATION, token(org.am1(), stranger, role))
                .contentType(MediaType.APPLICATION_JSON).content(body == null ? "" : resolve(body)).exchange();

        assertThat(result).hasStatus(404);
        assertThat(get(org.as(org.hr()), "/api/org/people/" + org.am1())).hasStatus(200);
    }

    private String resolve(String text) {
        return text.replace("{am1}", org.am1()).replace("{unit}", org.teamUnit()).replace("{tp}", territoryPlan)
                .replace("{qp}", quotaPlan).replace("{bp}", bonusPlan).replace("{run}", run);
    }
}
