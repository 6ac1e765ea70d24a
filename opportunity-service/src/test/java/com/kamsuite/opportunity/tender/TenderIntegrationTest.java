package com.kamsuite.opportunity.tender;

import com.kamsuite.embedded.test.TestTokens;
import com.kamsuite.opportunity.OpportunityServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** O5 through the API, with the partner route /partner/v1/tenders: a partner sees and answers only its own invitations. */
class TenderIntegrationTest extends OpportunityServiceIntegrationTest {

    static final String TERMS = """
            {"salesMode":"BID","tenderMode":"OPEN_SECOND_PRICE_ALLOWED","splitIntoLots":true,"singleQuote":false,
             "bidScheme":"US_AND_AGENTS_SEVERAL_SCHEMES","deliveryDate":"2027-06-30","deliveryPlace":"Substation 3",
             "evaluationWeights":{"price":50,"service":10,"technical":30,"commercial":10},"regionalImpact":"VERY_LARGE",
             "competingBrands":["ABB"],"relationshipDegree":"FAIR"}""";

    private final String division = newDivision();
    private final String owner = token("am1." + division, division, "ACCOUNT_MANAGER");
    private final String huadian = TestTokens.bearer(TestTokens.forPartner("partner-huadian", division));
    private final String other = TestTokens.bearer(TestTokens.forPartner("partner-other", division));

    @Test
    void theSalesTeamKeepsTheTenderTermsAndInvitesPartnersWhoAnswerForThemselves() throws Exception {
        String id = newOpportunity(owner);
        assertThat(get(owner, "/api/opportunities/" + id + "/tender")).hasStatus(404);
        assertThat(put(owner, "/api/opportunities/" + id + "/tender", TERMS)).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.terms.tenderMode", v -> assertThat(v).isEqualTo("OPEN_SECOND_PRICE_ALLOWED"));
        assertThat(put(owner, "/api/opportunities/" + id + "/tender/partners/partner-huadian", "{\"creditStanding\":\"GOOD\"}"))
                .hasStatus(200);

        assertThat(get(huadian, "/partner/v1/tenders")).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.length()", v -> assertThat(v).isEqualTo(1))
                .hasPathSatisfying("$[0].tenderId", v -> assertThat(v).isEqualTo(id))
                .hasPathSatisfying("$[0].participation", v -> assertThat(v).isEqualTo("INVITED"));
        assertThat(body(get(huadian, "/partner/v1/tenders/" + id))).doesNotContain("creditStanding", "relationshipDegree", "ABB");
        assertThat(put(huadian, "/partner/v1/tenders/" + id + "/participation",
                "{\"participating\":true,\"scheme\":\"lot 2\",\"quotedAmount\":980000,\"currency\":\"CNY\"}"))
                .hasStatus(200).bodyJson().hasPathSatisfying("$.participation", v -> assertThat(v).isEqualTo("PARTICIPATING"));

        assertThat(get(owner, "/api/opportunities/" + id + "/tender")).bodyJson()
                .hasPathSatisfying("$.partners[0].status", v -> assertThat(v).isEqualTo("PARTICIPATING"))
                .hasPathSatisfying("$.partners[0].creditStanding", v -> assertThat(v).isEqualTo("GOOD"))
                .hasPathSatisfying("$.partners[0].quotedAmount", v -> assertThat(v).asNumber().isEqualTo(980000));
    }

    @Test
    void aPartnerNotInvitedOrOfAnotherDivisionFindsNothing() throws Exception {
        String id = newOpportunity(owner);
        put(owner, "/api/opportunities/" + id + "/tender", TERMS);
        put(owner, "/api/opportunities/" + id + "/tender/partners/partner-huadian", "{\"creditStanding\":\"GOOD\"}");
        String huadianElsewhere = TestTokens.bearer(TestTokens.forPartner("partner-huadian", newDivision()));

        assertThat(get(other, "/partner/v1/tenders/" + id)).hasStatus(404);
        assertThat(put(other, "/partner/v1/tenders/" + id + "/participation", "{\"participating\":false}")).hasStatus(404);
        assertThat(get(huadianElsewhere, "/partner/v1/tenders/" + id)).hasStatus(404);
        assertThat(get(other, "/partner/v1/tenders")).bodyJson().hasPathSatisfying("$.length()", v -> assertThat(v).isEqualTo(0));
    }

    @Test
    void aPartnerAnswersOnlyForItselfAndAPartnerIdOrAnyUnknownFieldInTheBodyIsRefused() throws Exception {
        String id = newOpportunity(owner);
        put(owner, "/api/opportunities/" + id + "/tender", TERMS);
        put(owner, "/api/opportunities/" + id + "/tender/partners/partner-huadian", "{\"creditStanding\":\"GOOD\"}");
        put(owner, "/api/opportunities/" + id + "/tender/partners/partner-other", "{\"creditStanding\":\"FAIR\"}");

        // Was 200: the unknown field was silently dropped, unlike the partner forecast API (strict validation, G3).
        assertThat(put(huadian, "/partner/v1/tenders/" + id + "/participation",
                "{\"participating\":true,\"quotedAmount\":1,\"currency\":\"CNY\",\"partnerId\":\"partner-other\"}"))
                .hasStatus(400).bodyJson()
                .hasPathSatisfying("$.type", v -> assertThat(v).isEqualTo("https://kam-suite.dev/problems/validation"))
                .hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("unknownFields"))
                .hasPathSatisfying("$.errors[0].message", v -> assertThat(v).isEqualTo("unknown fields are not accepted"));
        assertThat(put(huadian, "/partner/v1/tenders/" + id + "/participation", "{\"participating\":false,\"discount\":5}"))
                .hasStatus(400);

        assertThat(get(owner, "/api/opportunities/" + id + "/tender")).bodyJson()
                .hasPathSatisfying("$.partners[0].status", v -> assertThat(v).isEqualTo("INVITED"))
                .hasPathSatisfying("$.partners[1].status", v -> assertThat(v).isEqualTo("INVITED"));
    }

    @Test
    void partnersAndStaffStayOnTheirOwnSide() throws Exception {
        String id = newOpportunity(owner);

        assertThat(get(huadian, "/api/opportunities/" + id)).hasStatus(403);
        assertThat(get(owner, "/partner/v1/tenders")).hasStatus(403);
        assertThat(put(huadian, "/partner/v1/tenders/" + id + "/participation", "{\"quotedAmount\":-1}")).hasStatus(400);
        assertThat(put(owner, "/api/opportunities/" + id + "/tender", TERMS.replace("\"price\":50", "\"price\":40"))).hasStatus(400);
    }
}
