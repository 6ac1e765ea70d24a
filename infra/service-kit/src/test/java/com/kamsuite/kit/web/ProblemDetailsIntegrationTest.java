package com.kamsuite.kit.web;

import com.kamsuite.embedded.test.TestTokens;
import com.kamsuite.kit.KitIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failure is an RFC 9457 Problem Details with a stable type, localised by Accept-Language. */
class ProblemDetailsIntegrationTest extends KitIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    private final String accountManager = TestTokens.bearer(TestTokens.forUser("p-1", "div-a", "ACCOUNT_MANAGER"));

    @Test
    void invalidFieldsAnswer400WithFieldErrorsInEnglish() {
        assertThat(mvc.post().uri("/test-customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON).content("{\"legalName\":\"\"}"))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).asString().isEqualTo("https://kam-suite.dev/problems/validation"))
                .hasPathSatisfying("$.title", title -> assertThat(title).asString().isEqualTo("Invalid input"))
                .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).asString().isEqualTo("legalName"))
                .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().isEqualTo("must not be blank"));
    }

    @Test
    void invalidFieldsAnswer400WithFieldErrorsInChinese() {
        assertThat(mvc.post().uri("/test-customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType(MediaType.APPLICATION_JSON).content("{\"legalName\":\"\"}"))
                .hasStatus(400)
                .bodyJson()
                .hasPathSatisfying("$.title", title -> assertThat(title).asString().isEqualTo("输入无效"))
                .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().isEqualTo("不能为空"));
    }

    @Test
    void aBodyValidatedBesideAPathVariableNamesItsOwnFields() {
        // Was: every error of the body reported as field "request" (the Java parameter), e.g. on a finalisation.
        assertThat(mvc.post().uri("/test-customers/abc/aliases").header(HttpHeaders.AUTHORIZATION, accountManager)
                .contentType(MediaType.APPLICATION_JSON).content("{\"legalName\":\"\"}"))
                .hasStatus(400)
                .bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).asString().isEqualTo("https://kam-suite.dev/problems/validation"))
                .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).asString().isEqualTo("legalName"));
        assertThat(mvc.post().uri("/test-customers/ABC/aliases").header(HttpHeaders.AUTHORIZATION, accountManager)
                .contentType(MediaType.APPLICATION_JSON).content("{\"legalName\":\"x\"}"))
                .hasStatus(400)
                .bodyJson()
                .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).asString().isEqualTo("code"));
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        // Was 400 malformed-request "check the JSON body, the parameters and their types", e.g. GET /api/forecasts.
        assertThat(mvc.get().uri("/test-customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .hasStatus(400)
                .bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).asString().isEqualTo("https://kam-suite.dev/problems/validation"))
                .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).asString().isEqualTo("name"))
                .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().isEqualTo("为必填参数"));
    }

    @Test
    void unreadableJsonIsAClientMistakeNotA500() {
        assertThat(mvc.post().uri("/test-customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                .contentType(MediaType.APPLICATION_JSON).content("{\"legalName\": "))
                .hasStatus(400)
                .bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).asString().isEqualTo("https://kam-suite.dev/problems/malformed-request"));
    }

    @Test
    void aDateTheStoreCannotHoldIsAClientMistakeNotA500() {
        // java.time accepts +999999999-12-31, MongoDB cannot keep it: refused while the body is read, never a 500 at the save.
        assertThat(mvc.post().uri("/test-customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType(MediaType.APPLICATION_JSON)
                .content("{\"legalName\":\"Far Future Ltd\",\"foundedOn\":\"+999999999-12-31\"}"))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).asString().isEqualTo("https://kam-suite.dev/problems/date-out-of-range"))
                .hasPathSatisfying("$.title", title -> assertThat(title).asString().isEqualTo("日期超出范围"))
                .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().contains("+999999999-12-31"));
        assertThat(mvc.post().uri("/test-customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                .contentType(MediaType.APPLICATION_JSON).content("{\"legalName\":\"Old Ltd\",\"foundedOn\":\"1949-10-01\"}"))
                .hasStatus(201);
    }

    @Test
    void aMissingThingIs404WithTheLocalisedNameOfWhatIsMissing() {
        assertThat(mvc.get().uri("/test-customers/c-nope").header(HttpHeaders.AUTHORIZATION, accountManager)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .hasStatus(404)
                .bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).asString().isEqualTo("https://kam-suite.dev/problems/not-found"))
                .hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().isEqualTo("客户 c-nope 不存在，或对您的事业部不可见。"));
    }

    @Test
    void aBusinessRuleRefusalIs422WithItsOwnType() {
        assertThat(mvc.post().uri("/test-customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                .contentType(MediaType.APPLICATION_JSON).content("{\"legalName\":\"forbidden-name\"}"))
                .hasStatus(422)
                .bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).asString().isEqualTo("https://kam-suite.dev/problems/name-refused"))
                .hasPathSatisfying("$.code", code -> assertThat(code).asString().isEqualTo("name-refused"));
    }

    @Test
    void anUnknownPathIs404ProblemAndAWrongMethodIs405Problem() {
        assertThat(mvc.get().uri("/nothing-here").header(HttpHeaders.AUTHORIZATION, accountManager))
                .hasStatus(404).bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).asString().isEqualTo("https://kam-suite.dev/problems/not-found"));
        assertThat(mvc.delete().uri("/test-customers/c-1").header(HttpHeaders.AUTHORIZATION, accountManager))
                .hasStatus(405).bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).asString().isEqualTo("https://kam-suite.dev/problems/method-not-allowed"));
    }

    @Test
    void noTokenIs401AndAForgedTokenIs401() {
        assertThat(mvc.get().uri("/test-customers/c-1").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .hasStatus(401)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.title", title -> assertThat(title).asString().isEqualTo("未认证"));
        String forged = accountManager.substring(0, accountManager.length() - 4) + "AAAA";
        assertThat(mvc.get().uri("/test-customers/c-1").header(HttpHeaders.AUTHORIZATION, forged)).hasStatus(401);
    }

    @Test
    void aRoleThatMayNotIs403() {
        assertThat(mvc.post().uri("/test-customers/approvals").header(HttpHeaders.AUTHORIZATION, accountManager))
                .hasStatus(403)
                .bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).asString().isEqualTo("https://kam-suite.dev/problems/forbidden"));
        String finance = TestTokens.bearer(TestTokens.forUser("p-9", "div-a", "FINANCE"));
        assertThat(mvc.post().uri("/test-customers/approvals").header(HttpHeaders.AUTHORIZATION, finance)).hasStatus(200);
    }

    @Test
    void theDivisionComesFromTheTokenNeverFromTheBody() {
        assertThat(mvc.post().uri("/test-customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                .contentType(MediaType.APPLICATION_JSON).content("{\"legalName\":\"Gamma Ltd.\",\"division\":\"div-b\"}"))
                .hasStatus(201)
                .bodyJson()
                .hasPathSatisfying("$.division", division -> assertThat(division).asString().isEqualTo("div-a"));
    }

    @Test
    void aTokenThatNamesNoDivisionIsRefused() {
        String noDivision = TestTokens.bearer(TestTokens.custom(JwtClaimsSet.builder().subject("p-2")
                .claim("roles", java.util.List.of("ACCOUNT_MANAGER"))));
        assertThat(mvc.get().uri("/test-customers/c-1").header(HttpHeaders.AUTHORIZATION, noDivision))
                .hasStatus(403)
                .bodyJson()
                .hasPathSatisfying("$.code", code -> assertThat(code).asString().isEqualTo("no-division"));
    }

    @Test
    void healthAnswersOnTheMongoDbStandInWithoutAToken() {
        assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatus(200)
                .bodyJson().hasPathSatisfying("$.status", status -> assertThat(status).asString().isEqualTo("UP"));
        assertThat(mvc.get().uri("/actuator/health")).hasStatus(200)
                .bodyJson().hasPathSatisfying("$.components.mongo.status", status -> assertThat(status).asString().isEqualTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheusAndProbesForKubernetes() {
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(200)
                .bodyText().contains("jvm_memory_used_bytes", "http_server_requests");
        assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatus(200);
    }

    @Test
    void theApiDocumentIsPublicAndDeclaresTheBearerTokenAndTheGatewayAsServer() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.components.securitySchemes.bearer.scheme", scheme -> assertThat(scheme).asString().isEqualTo("bearer"))
                .hasPathSatisfying("$.servers[0].url", url -> assertThat(url).asString().isEqualTo("/"))
                .hasPathSatisfying("$.paths['/test-customers'].post", post -> assertThat(post).isNotNull());
    }

    @Test
    void theApiDocumentDoesNotAskTheClientForTheCurrentUserWhichComesFromTheToken() throws Exception {
        // Was: every operation documented a required query parameter "user" of type CurrentUser.
        String document = mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(document).contains("/test-customers").doesNotContain("\"name\":\"user\"").doesNotContain("CurrentUser");
    }
}
