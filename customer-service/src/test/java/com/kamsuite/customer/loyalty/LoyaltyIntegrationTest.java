package com.kamsuite.customer.loyalty;

import com.kamsuite.customer.CustomerServiceIntegrationTest;
import com.kamsuite.customer.CustomerTestData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.kamsuite.customer.CustomerApi.read;
import static com.kamsuite.customer.CustomerApi.token;
import static org.assertj.core.api.Assertions.assertThat;

class LoyaltyIntegrationTest extends CustomerServiceIntegrationTest {

    private final String division = CustomerTestData.uniqueId("div-loyal");
    private final String am = token("am-loyal", division, "ACCOUNT_MANAGER");

    @Test
    void aSurveyIsPublishedAndASlippingAccountIsFlaggedWithItsCauses() {
        clock.set(Instant.parse("2026-11-15T02:00:00Z"));
        String id = api.register(am, CustomerTestData.uniqueName("化工有限公司"), null);
        String steady = api.register(am, CustomerTestData.uniqueName("水泥有限公司"), null);

        assertThat(api.post(am, "/api/customers/" + id + "/account/surveys", "{\"score\":88,\"surveyedOn\":\"2026-03-01\"}")).hasStatus(201);
        assertThat(api.post(am, "/api/customers/" + id + "/account/surveys", "{\"score\":120}")).hasStatus(400);
        assertThat(api.post(am, "/api/customers/" + id + "/account/surveys", "{\"score\":52,\"surveyedOn\":\"2026-10-20\"}")).hasStatus(201);
        var complaint = api.post(am, "/api/customers/" + id + "/account/complaints",
                "{\"subject\":\"Late delivery\",\"openedOn\":\"2026-09-01\"}");
        assertThat(complaint).hasStatus(201);
        var resolvedOne = api.post(am, "/api/customers/" + id + "/account/complaints", "{\"subject\":\"Invoice\",\"openedOn\":\"2026-10-01\"}");
        String resolvedId = read(resolvedOne, "$.id");
        assertThat(api.post(am, "/api/customers/" + id + "/account/complaints/" + resolvedId + "/resolution",
                "{\"resolvedOn\":\"2026-10-08\",\"resolution\":\"credit note\"}")).hasStatus(200);
        assertThat(api.post(am, "/api/customers/" + id + "/account/complaints/" + resolvedId + "/resolution",
                "{\"resolution\":\"again\"}")).hasStatus(409);
        assertThat(api.put(am, "/api/customers/" + id + "/account/budgets/2026", "{\"amount\":5000000,\"currency\":\"CNY\"}")).hasStatus(200);

        var loyalty = api.get(am, "/api/customers/" + id + "/account/loyalty");
        assertThat((Boolean) read(loyalty, "$.assessment.churnRisk")).isTrue();
        assertThat((List<String>) read(loyalty, "$.assessment.causes")).containsExactlyInAnyOrder(
                "satisfaction 52 is below 60", "satisfaction dropped from 88 to 52", "complaint \"Late delivery\" open for 75 days");
        assertThat(read(loyalty, "$.assessment.averageResolutionDays").toString()).isEqualTo("7.0");
        assertThat(read(loyalty, "$.assessment.sharePercent").toString()).isEqualTo("0.0");

        assertThat((List<String>) read(api.get(am, "/api/customers/churn-risks"), "$[*].customerId")).containsExactly(id).doesNotContain(steady);

        List<String> recorded = customerEventData(id + "@" + division, "kam.customer.satisfaction-recorded.v1", 2);
        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(1)).contains("\"score\":52").contains("\"surveyedOn\":\"2026-10-20\"");
    }
}
