package com.kamsuite.forecast.security;

import com.kamsuite.embedded.test.RoleMatrix;
import com.kamsuite.embedded.test.RoleMatrix.Endpoint;
import com.kamsuite.forecast.ForecastServiceIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.kamsuite.embedded.test.RoleMatrix.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every role: a role the endpoint is not for gets 403 (with a valid body, so nothing else can refuse
 * first); a role it is for gets past authorisation (any answer but 401/403 and below 500: ids here do not exist and the
 * division has no principles, so often 404 or 422). Only sales operations set principles, only the division head
 * finalises, partners reach the partner API and nothing else.
 */
class RoleEndpointMatrixTest extends ForecastServiceIntegrationTest {

    static final Set<String> FORECASTERS = Set.of("ACCOUNT_MANAGER", "SALES_MANAGER", "SALES_DIRECTOR", "DIVISION_HEAD");
    static final Set<String> READERS = Set.of("ACCOUNT_MANAGER", "SALES_MANAGER", "SALES_DIRECTOR", "DIVISION_HEAD",
            "SALES_OPERATIONS");
    static final Set<String> MANAGEMENT = Set.of("SALES_MANAGER", "SALES_DIRECTOR", "DIVISION_HEAD", "SALES_OPERATIONS");

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("PUT", "/api/forecasts/principles", """
                        {"periodKind":"QUARTER","horizon":4,"countedStages":["05"],"weighting":"STAGE_PROBABILITY","currency":"CNY",
                         "deadlineDaysBeforeStart":5,"timeZone":"Asia/Shanghai","reason":"r"}""", Set.of("SALES_OPERATIONS")),
                new Endpoint("GET", "/api/forecasts/principles", null, STAFF),
                new Endpoint("GET", "/api/forecasts/principles/deadline?period=2027-Q1", null, STAFF),
                new Endpoint("POST", "/api/forecasts", "{\"period\":\"2027-Q1\"}", FORECASTERS),
                new Endpoint("GET", "/api/forecasts?period=2027-Q1", null, READERS),
                new Endpoint("GET", "/api/forecasts/team?period=2027-Q1", null, FORECASTERS),
                new Endpoint("GET", "/api/forecasts/none", null, READERS),
                new Endpoint("GET", "/api/forecasts/none/versions", null, READERS),
                new Endpoint("PUT", "/api/forecasts/none/lines/opp-1", "{\"amount\":1,\"reason\":\"r\"}", FORECASTERS),
                new Endpoint("PUT", "/api/forecasts/none/total", "{\"forecastAmount\":1,\"reason\":\"r\"}", FORECASTERS),
                new Endpoint("POST", "/api/forecasts/none/refresh", null, FORECASTERS),
                new Endpoint("POST", "/api/forecasts/none/submission", null, FORECASTERS),
                new Endpoint("GET", "/api/forecasts/division/2027-Q1/comparison", null,
                        Set.of("SALES_DIRECTOR", "DIVISION_HEAD", "SALES_OPERATIONS")),
                new Endpoint("POST", "/api/forecasts/division/2027-Q1/finalisation", "{\"includePartnerIds\":[]}", Set.of("DIVISION_HEAD")),
                new Endpoint("GET", "/api/forecasts/division/2027-Q1", null, STAFF),
                new Endpoint("GET", "/api/forecasts/accuracy?period=2027-Q1", null, READERS),
                new Endpoint("GET", "/api/forecasts/timeliness?period=2027-Q1", null, MANAGEMENT),
                new Endpoint("POST", "/partner/v1/forecasts", """
                        {"period":"2027-Q1","currency":"CNY","lines":[{"productCode":"A","deliveryMonth":"2027-02","quantity":1,"amount":1}]}""",
                        Set.of("PARTNER")),
                new Endpoint("GET", "/partner/v1/forecasts?period=2027-Q1", null, Set.of("PARTNER")));
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
