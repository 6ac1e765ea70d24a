package com.kamsuite.opportunity.activity;

import com.kamsuite.opportunity.OpportunityServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** O7 through the API: activities against an opportunity, the schedule, action plans with assignees and due dates. */
class ActivityIntegrationTest extends OpportunityServiceIntegrationTest {

    private final String division = newDivision();
    private final String owner = token("am1." + division, division, "ACCOUNT_MANAGER");
    private final String colleague = token("am2." + division, division, "ACCOUNT_MANAGER");

    @Test
    void theSalesTeamPlansAndHoldsActivitiesAndTheScheduleListsThemByTime() throws Exception {
        String id = newOpportunity(owner);
        String later = created(post(owner, "/api/opportunities/activities", activity(id, "2027-01-20T02:00:00Z", "Price negotiation")));
        String sooner = created(post(owner, "/api/opportunities/activities", activity(id, "2027-01-12T02:00:00Z", "Design workshop")));

        assertThat(post(colleague, "/api/opportunities/activities", activity(id, "2027-01-13T02:00:00Z", "x"))).hasStatus(403);
        assertThat(post(owner, "/api/opportunities/activities/" + sooner + "/completion", "{\"text\":\"second round agreed\"}"))
                .hasStatus(200).bodyJson().hasPathSatisfying("$.status", v -> assertThat(v).isEqualTo("DONE"));
        assertThat(post(owner, "/api/opportunities/activities/" + sooner + "/cancellation", "{}")).hasStatus(409);

        MvcTestResult schedule = get(owner, "/api/opportunities/activities?opportunityId=" + id);
        assertThat(schedule).hasStatus(200);
        assertThat(OpportunityServiceIntegrationTest.<List<String>>read(schedule, "$[*].id")).containsExactly(sooner, later);
        MvcTestResult window = get(owner, "/api/opportunities/activities?from=2027-01-15T00:00:00Z&to=2027-02-01T00:00:00Z&opportunityId=" + id);
        assertThat(window).bodyJson().hasPathSatisfying("$.length()", v -> assertThat(v).isEqualTo(1))
                .hasPathSatisfying("$[0].subject", v -> assertThat(v).isEqualTo("Price negotiation"));
    }

    @Test
    void aDateNoStoreCanHoldIsA400NotA500() throws Exception {
        // Found through the gateway: each of these answered 500 (the save could not convert the date to a BSON date).
        String id = newOpportunity(owner);
        assertThat(post(owner, "/api/opportunities/activities", activity(id, "+999999999-01-12T02:00:00Z", "Far away")))
                .hasStatus(400).bodyJson()
                .hasPathSatisfying("$.type", v -> assertThat(v).isEqualTo("https://kam-suite.dev/problems/date-out-of-range"));
        assertThat(post(owner, "/api/opportunities/action-items", """
                {"opportunityId":"%s","description":"d","assigneeId":"am2","dueDate":"+999999999-01-20"}""".formatted(id)))
                .hasStatus(400).bodyJson()
                .hasPathSatisfying("$.type", v -> assertThat(v).isEqualTo("https://kam-suite.dev/problems/date-out-of-range"));
        assertThat(put(owner, "/api/opportunities/" + id, """
                {"name":"n","amount":1,"currency":"CNY","expectedCloseDate":"+999999999-12-31","source":"ONLINE"}"""))
                .hasStatus(400).bodyJson()
                .hasPathSatisfying("$.type", v -> assertThat(v).isEqualTo("https://kam-suite.dev/problems/date-out-of-range"));
        assertThat(get(owner, "/api/opportunities/" + id)).bodyJson()
                .hasPathSatisfying("$.expectedCloseDate", v -> assertThat(v).isEqualTo("2027-03-31"));
    }

    @Test
    void actionItemsHaveAssigneesAndDueDatesAndOnlyTheyOrTheirPlannerCloseThem() throws Exception {
        String id = newOpportunity(owner);
        String item = created(post(owner, "/api/opportunities/action-items", """
                {"opportunityId":"%s","description":"Send the single-line diagram","assigneeId":"am2.%s","dueDate":"2020-01-20"}"""
                .formatted(id, division)));

        assertThat(get(owner, "/api/opportunities/action-items?assigneeId=am2." + division + "&openOnly=true")).bodyJson()
                .hasPathSatisfying("$[0].overdue", v -> assertThat(v).isEqualTo(true));
        assertThat(post(token("am3." + division, division, "ACCOUNT_MANAGER"), "/api/opportunities/action-items/" + item + "/completion", "{}"))
                .hasStatus(403);
        assertThat(post(colleague, "/api/opportunities/action-items/" + item + "/completion", "{\"text\":\"sent\"}")).hasStatus(200)
                .bodyJson().hasPathSatisfying("$.overdue", v -> assertThat(v).isEqualTo(false));
        assertThat(get(owner, "/api/opportunities/action-items?opportunityId=" + id + "&openOnly=true")).bodyJson()
                .hasPathSatisfying("$.length()", v -> assertThat(v).isEqualTo(0));
    }

    @Test
    void anAccountActivityNeedsACustomerThisServiceKnows() throws Exception {
        assertThat(post(owner, "/api/opportunities/activities", """
                {"customerId":"cust-unknown","type":"VISIT","subject":"Courtesy visit","scheduledAt":"2027-01-12T02:00:00Z"}"""))
                .hasStatus(422);
        assertThat(post(owner, "/api/opportunities/activities", """
                {"type":"VISIT","subject":"Courtesy visit","scheduledAt":"2027-01-12T02:00:00Z"}""")).hasStatus(400);
    }

    private static String activity(String opportunityId, String at, String subject) {
        return """
                {"opportunityId":"%s","type":"WORKSHOP","subject":"%s","scheduledAt":"%s","durationMinutes":120,
                 "participants":["liu.yang","陈总"]}""".formatted(opportunityId, subject, at);
    }

    private static String created(MvcTestResult result) {
        assertThat(result).hasStatus(201);
        return read(result, "$.id");
    }
}
