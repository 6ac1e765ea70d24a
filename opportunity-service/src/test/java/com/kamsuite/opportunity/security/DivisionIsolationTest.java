package com.kamsuite.opportunity.security;

import com.kamsuite.embedded.test.TestTokens;
import com.kamsuite.opportunity.OpportunityServiceIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever id they send, a user of another division, even in the right role and with the same person id as the
 * owner, finds nothing of this division: every endpoint that names an object answers 404, as for one that does not
 * exist; lists and funnel figures do not show it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DivisionIsolationTest extends OpportunityServiceIntegrationTest {

    private final String division = newDivision();
    private final String stranger = newDivision();
    private final String person = "am1." + division;
    private String opportunity;
    private String activity;
    private String action;

    @BeforeAll
    void anotherDivisionsData() throws Exception {
        String owner = token(person, division, "ACCOUNT_MANAGER");
        opportunity = newOpportunity(owner);
        assertThat(put(owner, "/api/opportunities/" + opportunity + "/tender", "{\"salesMode\":\"DISTRIBUTION\"}")).hasStatus(200);
        assertThat(put(owner, "/api/opportunities/" + opportunity + "/tender/partners/partner-huadian",
                "{\"creditStanding\":\"GOOD\"}")).hasStatus(200);
        assertThat(get(TestTokens.bearer(TestTokens.forPartner("partner-huadian", division)), "/partner/v1/tenders/" + opportunity))
                .hasStatus(200);
        activity = read(post(owner, "/api/opportunities/activities", """
                {"opportunityId":"%s","type":"CALL","subject":"s","scheduledAt":"2027-01-01T00:00:00Z"}""".formatted(opportunity)), "$.id");
        action = read(post(owner, "/api/opportunities/action-items", """
                {"opportunityId":"%s","description":"d","assigneeId":"%s","dueDate":"2027-01-01"}""".formatted(opportunity, person)), "$.id");
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource(delimiter = '|', value = {
            "GET    | /api/opportunities/{opp}                          | ACCOUNT_MANAGER  | ",
            "PUT    | /api/opportunities/{opp}                          | ACCOUNT_MANAGER  | {\"name\":\"n\",\"amount\":1,\"currency\":\"CNY\"}",
            "POST   | /api/opportunities/{opp}/stage-moves              | ACCOUNT_MANAGER  | {\"stage\":\"02\"}",
            "POST   | /api/opportunities/{opp}/win                      | ACCOUNT_MANAGER  | {}",
            "POST   | /api/opportunities/{opp}/loss                     | ACCOUNT_MANAGER  | {\"reason\":\"r\"}",
            "POST   | /api/opportunities/{opp}/contacts                 | ACCOUNT_MANAGER  | {\"name\":\"n\",\"buyingRole\":\"USER\"}",
            "GET    | /api/opportunities/{opp}/assessments              | ACCOUNT_MANAGER  | ",
            "PUT    | /api/opportunities/{opp}/team/x                   | ACCOUNT_MANAGER  | {\"role\":\"PRE_SALES\"}",
            "PUT    | /api/opportunities/{opp}/credit-split             | ACCOUNT_MANAGER  | {\"shares\":[{\"personId\":\"p\",\"percent\":100}]}",
            "POST   | /api/opportunities/{opp}/owner-change             | DIVISION_HEAD    | {\"newOwnerId\":\"p\"}",
            "POST   | /api/opportunities/{opp}/confirmation             | ACCOUNT_MANAGER  | ",
            "GET    | /api/opportunities/{opp}/tender                   | ACCOUNT_MANAGER  | ",
            "PUT    | /api/opportunities/{opp}/tender                   | ACCOUNT_MANAGER  | {\"salesMode\":\"DISTRIBUTION\"}",
            "GET    | /api/opportunities/activities/{act}               | ACCOUNT_MANAGER  | ",
            "POST   | /api/opportunities/activities/{act}/completion    | ACCOUNT_MANAGER  | {}",
            "POST   | /api/opportunities/action-items/{item}/completion | ACCOUNT_MANAGER  | {}",
            "POST   | /api/opportunities/activities                     | ACCOUNT_MANAGER  | {\"opportunityId\":\"{opp}\",\"type\":\"CALL\",\"subject\":\"s\",\"scheduledAt\":\"2027-01-01T00:00:00Z\"}",
            "GET    | /partner/v1/tenders/{opp}                         | PARTNER          | "})
    void anotherDivisionGets404(String method, String path, String role, String body) {
        String token = "PARTNER".equals(role)
                ? TestTokens.bearer(TestTokens.forPartner("partner-huadian", stranger))
                : token(person, stranger, role);
        String resolved = path.replace("{opp}", opportunity).replace("{act}", activity).replace("{item}", action);
        String content = body == null ? "" : body.replace("{opp}", opportunity);

        var result = mvc.method(HttpMethod.valueOf(method)).uri(resolved).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(content).exchange();

        assertThat(result).hasStatus(404).bodyJson()
                .hasPathSatisfying("$.type", v -> assertThat(v).isEqualTo("https://kam-suite.dev/problems/not-found"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/opportunities", "/api/opportunities/activities", "/api/opportunities/action-items"})
    void listsOfAnotherDivisionDoNotShowIt(String path) {
        var result = get(token(person, stranger, "ACCOUNT_MANAGER"), path);

        assertThat(result).hasStatus(200);
        assertThat(body(result)).doesNotContain(opportunity);
    }
}
