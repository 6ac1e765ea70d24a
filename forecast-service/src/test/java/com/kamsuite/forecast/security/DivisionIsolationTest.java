package com.kamsuite.forecast.security;

import com.kamsuite.forecast.ForecastServiceIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever id they send, a user of another division, even in the right role and with the same person id, finds
 * nothing of this division: every endpoint that names an object answers 404, exactly as for one that does not exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DivisionIsolationTest extends ForecastServiceIntegrationTest {

    private Org org;
    private Org stranger;
    private String draft;
    private String submitted;
    private String opportunity;

    @BeforeAll
    void anotherDivisionsData() {
        clock.set(TODAY);
        org = newOrg();
        stranger = newOrg();
        opportunity = confirmOpportunity(org, org.am1(), "06", "80", "1000.00", product("TX-500", "1", "1000", "2027-02"));
        submitted = submitForecast(org, org.am1());
        submitForecast(org, org.am2());
        draft = created(post(org.as(org.manager()), "/api/forecasts", "{\"period\":\"2027-Q1\"}"));
        submitForecast(org, org.head());
        assertThat(post(org.as(org.head()), "/api/forecasts/division/2027-Q1/finalisation", "{\"includePartnerIds\":[]}")).hasStatus(200);
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource(delimiter = '|', value = {
            "GET    | /api/forecasts/{submitted}                      | DIVISION_HEAD    | ",
            "GET    | /api/forecasts/{submitted}/versions             | SALES_OPERATIONS | ",
            "GET    | /api/forecasts/{draft}                          | SALES_MANAGER    | ",
            "PUT    | /api/forecasts/{draft}/lines/{opp}              | SALES_MANAGER    | {\"amount\":1,\"reason\":\"mine now\"}",
            "PUT    | /api/forecasts/{draft}/total                    | SALES_MANAGER    | {\"forecastAmount\":1,\"reason\":\"mine now\"}",
            "POST   | /api/forecasts/{draft}/refresh                  | SALES_MANAGER    | ",
            "POST   | /api/forecasts/{draft}/submission               | SALES_MANAGER    | ",
            "GET    | /api/forecasts/division/2027-Q1                 | DIVISION_HEAD    | "})
    void anotherDivisionGets404ForEveryObject(String method, String path, String role, String body) {
        String person = role.equals("SALES_MANAGER") ? stranger.manager() : stranger.head();
        var result = mvc.method(HttpMethod.valueOf(method)).uri(resolve(path))
                .header(HttpHeaders.AUTHORIZATION, token(person, stranger.division(), role))
                .contentType(MediaType.APPLICATION_JSON).content(body == null ? "" : body).exchange();

        assertThat(result).hasStatus(404);
        assertThat(get(org.as(org.manager()), resolve("/api/forecasts/{draft}"))).hasStatus(200);
    }

    @ParameterizedTest(name = "the same person id in another division: {0}")
    @CsvSource({"/api/forecasts/{submitted}", "/api/forecasts/{draft}"})
    void theSamePersonIdInAnotherDivisionSeesNothing(String path) {
        assertThat(get(token(org.manager(), stranger.division(), "SALES_MANAGER", "DIVISION_HEAD"), resolve(path))).hasStatus(404);
    }

    private String resolve(String text) {
        return text.replace("{submitted}", submitted).replace("{draft}", draft).replace("{opp}", opportunity);
    }
}
