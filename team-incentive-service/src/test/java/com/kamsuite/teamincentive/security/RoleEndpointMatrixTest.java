package com.kamsuite.teamincentive.security;

import com.kamsuite.embedded.test.RoleMatrix;
import com.kamsuite.embedded.test.RoleMatrix.Endpoint;
import com.kamsuite.teamincentive.TeamIncentiveServiceIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static com.kamsuite.embedded.test.RoleMatrix.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every role: a role the endpoint is not for gets 403 (with a valid body, so nothing else can refuse
 * first); a role it is for gets past authorisation (any answer but 401/403: ids here do not exist, so often 404).
 * Only sales operations change rules; only finance approves bonus plans and payouts; partners get nothing.
 */
class RoleEndpointMatrixTest extends TeamIncentiveServiceIntegrationTest {

    static final Set<String> ORG_EDITORS = Set.of("HR", "SALES_OPERATIONS");
    static final Set<String> OPS = Set.of("SALES_OPERATIONS");
    static final Set<String> FINANCE = Set.of("FINANCE");
    static final Set<String> HEAD = Set.of("DIVISION_HEAD");
    static final Set<String> INCENTIVE_READERS = Set.of("SALES_OPERATIONS", "DIVISION_HEAD", "FINANCE", "HR");

    static final String RULES = """
            {"currency":"CNY","periodicity":"QUARTERLY","baseRate":0.02,"clawbackWindowDays":0,"clawbackPercent":0}""";

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST", "/api/org/people", """
                        {"personId":"@unique","name":"N","roles":["ACCOUNT_MANAGER"],"effectiveFrom":"2026-01-01"}""", ORG_EDITORS),
                new Endpoint("GET", "/api/org/people", null, STAFF),
                new Endpoint("GET", "/api/org/people/nobody", null, STAFF),
                new Endpoint("POST", "/api/org/people/nobody/reporting-lines", "{\"roles\":[\"HR\"],\"effectiveFrom\":\"2026-02-01\"}", ORG_EDITORS),
                new Endpoint("POST", "/api/org/people/nobody/departure", "{\"leftOn\":\"2026-02-01\"}", ORG_EDITORS),
                new Endpoint("GET", "/api/org/people/nobody/deployments", null, STAFF),
                new Endpoint("GET", "/api/org/chart", null, STAFF),
                new Endpoint("POST", "/api/org/units", "{\"kind\":\"DIVISION\",\"name\":\"D\"}", ORG_EDITORS),
                new Endpoint("GET", "/api/org/units", null, STAFF),
                new Endpoint("GET", "/api/org/units/none", null, STAFF),
                new Endpoint("PUT", "/api/org/units/none", "{\"kind\":\"TEAM\",\"name\":\"T\"}", ORG_EDITORS),
                new Endpoint("POST", "/api/org/units/none/dissolution", "{\"on\":\"2026-06-30\"}", ORG_EDITORS),
                new Endpoint("POST", "/api/org/territory-plans", "{\"name\":\"P\",\"effectiveFrom\":\"2026-01-01\"}", OPS),
                new Endpoint("GET", "/api/org/territory-plans", null, STAFF),
                new Endpoint("GET", "/api/org/territory-plans/none", null, STAFF),
                new Endpoint("POST", "/api/org/territory-plans/none/revisions", "{}", OPS),
                new Endpoint("PUT", "/api/org/territory-plans/none/territories", "{\"territoryId\":\"T1\",\"name\":\"T\"}", OPS),
                new Endpoint("POST", "/api/org/territory-plans/none/rules", "{\"priority\":1,\"accountManagerId\":\"am\"}", OPS),
                new Endpoint("DELETE", "/api/org/territory-plans/none/rules/r-0001", null, OPS),
                new Endpoint("POST", "/api/org/territory-plans/none/regions/EAST/submission", null, OPS),
                new Endpoint("POST", "/api/org/territory-plans/none/regions/EAST/approval", null, Set.of("SALES_DIRECTOR", "DIVISION_HEAD")),
                new Endpoint("POST", "/api/org/territory-plans/none/regions/EAST/return", "{\"reason\":\"r\"}", Set.of("SALES_DIRECTOR", "DIVISION_HEAD")),
                new Endpoint("POST", "/api/org/territory-plans/none/submission", null, OPS),
                new Endpoint("POST", "/api/org/territory-plans/none/approval", null, HEAD),
                new Endpoint("POST", "/api/org/territory-plans/none/return", "{\"reason\":\"r\"}", HEAD),
                new Endpoint("POST", "/api/org/territory-plans/none/redeployments", "{\"personId\":\"a\",\"toTerritoryId\":\"T\"}", OPS),
                new Endpoint("POST", "/api/org/assignment-preview", "{\"region\":\"EAST\"}", STAFF),
                new Endpoint("GET", "/api/quotas/worksheet?from=2026-01&to=2026-12", null,
                        Set.of("SALES_OPERATIONS", "SALES_DIRECTOR", "DIVISION_HEAD", "FINANCE")),
                new Endpoint("POST", "/api/quotas/plans", "{\"name\":\"Q\",\"fromMonth\":\"2026-01\",\"toMonth\":\"2026-12\",\"currency\":\"CNY\",\"total\":1}", OPS),
                new Endpoint("GET", "/api/quotas/plans", null, STAFF),
                new Endpoint("GET", "/api/quotas/plans/none", null, STAFF),
                new Endpoint("PUT", "/api/quotas/plans/none/total", "{\"total\":1}", OPS),
                new Endpoint("PUT", "/api/quotas/plans/none/allocations", "{\"allocations\":[{\"kind\":\"DIVISION\",\"targetId\":\"d\",\"amount\":1}]}", OPS),
                new Endpoint("POST", "/api/quotas/plans/none/submission", null, OPS),
                new Endpoint("POST", "/api/quotas/plans/none/approval", null, HEAD),
                new Endpoint("POST", "/api/quotas/plans/none/return", "{\"reason\":\"r\"}", HEAD),
                new Endpoint("POST", "/api/quotas/plans/none/revisions", null, OPS),
                new Endpoint("GET", "/api/quotas/plans/none/attainment", null, STAFF),
                new Endpoint("POST", "/api/incentives/plans", "{\"name\":\"B\",\"effectiveFrom\":\"2026-01-01\",\"rules\":" + RULES
                        + ",\"participantIds\":[]}", OPS),
                new Endpoint("GET", "/api/incentives/plans", null, INCENTIVE_READERS),
                new Endpoint("GET", "/api/incentives/plans/none", null, INCENTIVE_READERS),
                new Endpoint("PUT", "/api/incentives/plans/none", "{\"name\":\"B\",\"rules\":" + RULES + ",\"participantIds\":[]}", OPS),
                new Endpoint("GET", "/api/incentives/plans/none/cost-analysis", null, INCENTIVE_READERS),
                new Endpoint("POST", "/api/incentives/plans/none/submission", null, OPS),
                new Endpoint("POST", "/api/incentives/plans/none/approval", null, FINANCE),
                new Endpoint("POST", "/api/incentives/plans/none/return", "{\"reason\":\"r\"}", FINANCE),
                new Endpoint("POST", "/api/incentives/plans/none/publication", null, Set.of("SALES_OPERATIONS", "HR")),
                new Endpoint("POST", "/api/incentives/plans/none/revisions", "{\"effectiveFrom\":\"2027-01-01\"}", OPS),
                new Endpoint("GET", "/api/incentives/my-plans", null, STAFF),
                new Endpoint("POST", "/api/incentives/payouts", "{\"planId\":\"none\",\"period\":\"2026-Q3\"}", Set.of("SALES_OPERATIONS", "FINANCE")),
                new Endpoint("GET", "/api/incentives/payouts", null, INCENTIVE_READERS),
                new Endpoint("GET", "/api/incentives/payouts/none", null, INCENTIVE_READERS),
                new Endpoint("POST", "/api/incentives/payouts/none/approval", null, FINANCE),
                new Endpoint("GET", "/api/incentives/payouts/none/statements/nobody", null, STAFF),
                new Endpoint("GET", "/api/incentives/my-statements", null, STAFF),
                new Endpoint("GET", "/api/incentives/appraisals?period=2026-Q3", null, Set.of("HR", "DIVISION_HEAD", "SALES_OPERATIONS")),
                new Endpoint("GET", "/api/incentives/appraisals/nobody?period=2026-Q3", null, STAFF));
    }

    static Stream<Object[]> everyEndpointAndRole() {
        return RoleMatrix.cases(endpoints());
    }

    @ParameterizedTest(name = "{0} as {1}: allowed {2}")
    @MethodSource("everyEndpointAndRole")
    void onlyTheRolesAnEndpointIsForGetPastAuthorisation(Endpoint endpoint, String role, boolean allowed) {
        String division = newDivision();
        String token = RoleMatrix.bearerFor(role, division);
        String body = endpoint.body() == null ? null : endpoint.body().replace("@unique", "p-" + UUID.randomUUID().toString().substring(0, 8));

        MvcTestResult result = mvc.method(org.springframework.http.HttpMethod.valueOf(endpoint.method())).uri(endpoint.path())
                .header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON).content(body == null ? "" : body)
                .exchange();

        if (allowed) {
            assertThat(status(result)).as(body(result)).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status(result)).as(body(result)).isEqualTo(403);
        }
    }
}
