package com.kamsuite.opportunity.opportunity;

import com.kamsuite.embedded.test.TestTokens;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.customer.CustomerMerged;
import com.kamsuite.opportunity.OpportunityServiceIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OpportunityCreationIntegrationTest extends OpportunityServiceIntegrationTest {

    private final String powerAccountManager = TestTokens.bearer(TestTokens.forUser("liu.yang", "div-power", "ACCOUNT_MANAGER"));
    private final String automationAccountManager = TestTokens.bearer(TestTokens.forUser("ma.jun", "div-automation", "ACCOUNT_MANAGER"));

    @Test
    void anOpportunityForACustomerKnownFromItsEventIsCreatedInTheCallersDivision() throws Exception {
        String customerId = registeredCustomer("Shanghai Electric");

        MvcTestResult created = await().atMost(Duration.ofSeconds(20)).until(() -> create(powerAccountManager, customerId),
                result -> result.getResponse().getStatus() == 201);

        assertThat(created).bodyJson()
                .hasPathSatisfying("$.customerId", v -> assertThat(v).asString().isEqualTo(customerId))
                .hasPathSatisfying("$.ownerId", v -> assertThat(v).asString().isEqualTo("liu.yang"))
                .hasPathSatisfying("$.stage", v -> assertThat(v).asString().isEqualTo("01"));
        assertThat(body(created)).contains("\"amount\":1250000.00", "\"currency\":\"CNY\"");
    }

    @Test
    void anUnknownCustomerIsRefusedWith422() {
        assertThat(create(powerAccountManager, "cust-never-registered")).hasStatus(422).bodyJson()
                .hasPathSatisfying("$.type", v -> assertThat(v).asString().isEqualTo("https://kam-suite.dev/problems/unknown-customer"));
    }

    @Test
    void aMergedCustomerIsReplacedByItsSurvivor() throws Exception {
        String survivor = registeredCustomer("Survivor Co., Ltd.");
        String duplicate = registeredCustomer("Survivor Company Limited");
        publish(EventCatalog.CUSTOMER_MERGED, duplicate, "div-power", 2, new CustomerMerged(survivor, duplicate));

        MvcTestResult created = await().atMost(Duration.ofSeconds(20)).until(() -> create(powerAccountManager, duplicate),
                result -> result.getResponse().getStatus() == 201 && body(result).contains(survivor));

        assertThat(JsonPath.<String>read(body(created), "$.customerId")).isEqualTo(survivor);
    }

    @Test
    void anotherDivisionCannotReadTheOpportunity() throws Exception {
        String customerId = registeredCustomer("Isolation Test Ltd.");
        MvcTestResult created = await().atMost(Duration.ofSeconds(20)).until(() -> create(powerAccountManager, customerId),
                result -> result.getResponse().getStatus() == 201);
        String id = JsonPath.read(body(created), "$.id");

        assertThat(mvc.get().uri("/api/opportunities/" + id).header(HttpHeaders.AUTHORIZATION, powerAccountManager)).hasStatus(200);
        assertThat(mvc.get().uri("/api/opportunities/" + id).header(HttpHeaders.AUTHORIZATION, automationAccountManager))
                .hasStatus(404).bodyJson()
                .hasPathSatisfying("$.type", v -> assertThat(v).asString().isEqualTo("https://kam-suite.dev/problems/not-found"));
    }

    @Test
    void anAmountWithTooManyDecimalsOrANegativeAmountIsA400() {
        assertThat(mvc.post().uri("/api/opportunities").header(HttpHeaders.AUTHORIZATION, powerAccountManager)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":\"c\",\"name\":\"n\",\"amount\":-1,\"currency\":\"CNY\"}")).hasStatus(400);
        assertThat(mvc.post().uri("/api/opportunities").header(HttpHeaders.AUTHORIZATION, powerAccountManager)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":\"c\",\"name\":\"n\",\"amount\":10.555,\"currency\":\"CNY\"}")).hasStatus(400);
    }

    private MvcTestResult create(String token, String customerId) {
        return mvc.post().uri("/api/opportunities").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":\"" + customerId + "\",\"name\":\"2027 switchgear framework\",\"amount\":1250000,"
                        + "\"currency\":\"CNY\",\"expectedCloseDate\":\"2027-03-31\"}")
                .exchange();
    }
}
