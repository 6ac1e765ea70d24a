package com.kamsuite.opportunity.security;

import com.kamsuite.embedded.test.RoleMatrix;
import com.kamsuite.embedded.test.RoleMatrix.Endpoint;
import com.kamsuite.opportunity.OpportunityServiceIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every role: a role the endpoint is not for gets 403 (with a valid body, so nothing else can refuse
 * first); a role it is for gets past authorisation (any answer but 401/403 and no 5xx: the ids here do not exist, so
 * mostly 404). Sellers work opportunities, sales operations set funnel rules, managers change owners, partners reach
 * only the partner route.
 */
class RoleEndpointMatrixTest extends OpportunityServiceIntegrationTest {

    static final Set<String> READERS = Set.of("ACCOUNT_MANAGER", "SALES_MANAGER", "SALES_DIRECTOR", "DIVISION_HEAD",
            "SALES_OPERATIONS", "FINANCE");
    static final Set<String> SELLERS = Set.of("ACCOUNT_MANAGER", "SALES_MANAGER", "SALES_DIRECTOR", "DIVISION_HEAD");
    static final Set<String> MANAGERS = Set.of("SALES_MANAGER", "SALES_DIRECTOR", "DIVISION_HEAD");
    static final Set<String> OPS = Set.of("SALES_OPERATIONS");
    static final Set<String> PARTNER = Set.of("PARTNER");

    static List<Endpoint> endpoints() {
        String none = "/api/opportunities/none";
        return List.of(
                new Endpoint("POST", "/api/opportunities", "{\"customerId\":\"c\",\"name\":\"n\",\"amount\":1,\"currency\":\"CNY\"}", SELLERS),
                new Endpoint("GET", "/api/opportunities", null, READERS),
                new Endpoint("GET", none, null, READERS),
                new Endpoint("PUT", none, "{\"name\":\"n\",\"amount\":1,\"currency\":\"CNY\"}", SELLERS),
                new Endpoint("POST", none + "/stage-moves", "{\"stage\":\"02\"}", SELLERS),
                new Endpoint("POST", none + "/win", "{}", SELLERS),
                new Endpoint("POST", none + "/loss", "{\"reason\":\"r\"}", SELLERS),
                new Endpoint("POST", none + "/contacts", "{\"name\":\"n\",\"buyingRole\":\"USER\"}", SELLERS),
                new Endpoint("POST", none + "/assessments", answers(3), SELLERS),
                new Endpoint("GET", none + "/assessments", null, READERS),
                new Endpoint("PUT", none + "/team/someone", "{\"role\":\"PRE_SALES\"}", SELLERS),
                new Endpoint("DELETE", none + "/team/someone", null, SELLERS),
                new Endpoint("PUT", none + "/credit-split", "{\"shares\":[{\"personId\":\"p\",\"percent\":100}]}", SELLERS),
                new Endpoint("POST", none + "/owner-change", "{\"newOwnerId\":\"p\"}", MANAGERS),
                new Endpoint("POST", none + "/confirmation", null, SELLERS),
                new Endpoint("GET", none + "/tender", null, READERS),
                new Endpoint("PUT", none + "/tender", "{\"salesMode\":\"DISTRIBUTION\"}", SELLERS),
                new Endpoint("PUT", none + "/tender/partners/p", "{\"creditStanding\":\"GOOD\"}", SELLERS),
                new Endpoint("GET", "/api/opportunities/funnel-settings", null, READERS),
                new Endpoint("PUT", "/api/opportunities/funnel-settings", "{\"probabilities\":[10,20,30,40,60,80,90],\"gates\":[]}", OPS),
                new Endpoint("PUT", "/api/opportunities/funnel-settings/benchmarks", "{\"currency\":\"CNY\"}", OPS),
                new Endpoint("GET", "/api/opportunities/funnel-health", null, READERS),
                new Endpoint("POST", "/api/opportunities/funnel-health/snapshots", null, OPS),
                new Endpoint("GET", "/api/opportunities/funnel-health/snapshots", null, READERS),
                new Endpoint("POST", "/api/opportunities/funnel-health/benchmarks-from-snapshots", "{\"last\":1,\"currency\":\"CNY\"}", OPS),
                new Endpoint("POST", "/api/opportunities/activities", """
                        {"opportunityId":"none","type":"CALL","subject":"s","scheduledAt":"2027-01-01T00:00:00Z"}""", SELLERS),
                new Endpoint("GET", "/api/opportunities/activities", null, READERS),
                new Endpoint("GET", "/api/opportunities/activities/none", null, READERS),
                new Endpoint("POST", "/api/opportunities/activities/none/completion", "{}", SELLERS),
                new Endpoint("POST", "/api/opportunities/activities/none/cancellation", "{}", SELLERS),
                new Endpoint("POST", "/api/opportunities/action-items", """
                        {"opportunityId":"none","description":"d","assigneeId":"p","dueDate":"2027-01-01"}""", SELLERS),
                new Endpoint("GET", "/api/opportunities/action-items", null, READERS),
                new Endpoint("POST", "/api/opportunities/action-items/none/completion", "{}", SELLERS),
                new Endpoint("POST", "/api/opportunities/action-items/none/dropping", "{}", SELLERS),
                new Endpoint("GET", "/partner/v1/tenders", null, PARTNER),
                new Endpoint("GET", "/partner/v1/tenders/none", null, PARTNER),
                new Endpoint("PUT", "/partner/v1/tenders/none/participation", "{\"participating\":false}", PARTNER));
    }

    static Stream<Object[]> everyEndpointAndRole() {
        return RoleMatrix.cases(endpoints());
    }

    @ParameterizedTest(name = "{0} as {1}: allowed {2}")
    @MethodSource("everyEndpointAndRole")
    void onlyTheRolesAnEndpointIsForGetPastAuthorisation(Endpoint endpoint, String role, boolean allowed) {
        String division = newDivision();
        String token = RoleMatrix.bearerFor(role, division);

        MvcTestResult result = mvc.method(HttpMethod.valueOf(endpoint.method())).uri(endpoint.path())
                .header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .content(endpoint.body() == null ? "" : endpoint.body()).exchange();

        if (allowed) {
            assertThat(status(result)).as(body(result)).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status(result)).as(body(result)).isEqualTo(403);
        }
    }
}
