package com.kamsuite.gateway;

import com.kamsuite.embedded.Ports;
import com.kamsuite.embedded.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway in front of real HTTP stand-ins for the services: routing, the door's rules, and resilience. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kam.gateway.limits.opportunity-service.timeout=1s",
        "kam.gateway.client-requests-per-period=3",
        "kam.gateway.client-request-period=1h"})
@AutoConfigureWebTestClient
class GatewayIntegrationTest {

    static final StubService customers = new StubService();
    static final StubService opportunities = new StubService();
    static final StubService forecasts = new StubService();
    static final int deadPort = Ports.free();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("KAM_CUSTOMER_SERVICE_URL", customers::url);
        registry.add("KAM_OPPORTUNITY_SERVICE_URL", opportunities::url);
        registry.add("KAM_FORECAST_SERVICE_URL", forecasts::url);
        registry.add("KAM_TEAM_INCENTIVE_SERVICE_URL", () -> "http://localhost:" + deadPort);
    }

    @TestConfiguration
    static class Tokens {
        @Bean
        ReactiveJwtDecoder jwtDecoder() {
            return TestTokens.reactiveDecoder();
        }
    }

    @AfterAll
    static void stop() {
        customers.close();
        opportunities.close();
        forecasts.close();
    }

    @Autowired
    WebTestClient client;

    private final String accountManager = TestTokens.bearer(TestTokens.forUser("liu.yang", "div-power", "ACCOUNT_MANAGER"));
    private final String partner = TestTokens.bearer(TestTokens.forPartner("partner-huadian", "div-power"));

    @BeforeEach
    void reset() {
        customers.reset();
        opportunities.reset();
        forecasts.reset();
    }

    @Test
    void eachPublicPathReachesItsServiceWithTheTokenForwarded() {
        client.get().uri("/api/customers/c-1").header(HttpHeaders.AUTHORIZATION, accountManager).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/customers/c-1").jsonPath("$.authorized").isEqualTo(true);
        client.post().uri("/api/opportunities").header(HttpHeaders.AUTHORIZATION, accountManager)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.path").isEqualTo("/api/opportunities");
        client.get().uri("/api/forecasts/f-1").header(HttpHeaders.AUTHORIZATION, accountManager).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.path").isEqualTo("/api/forecasts/f-1");
        client.get().uri("/api-docs/customer-service").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.path").isEqualTo("/v3/api-docs");
    }

    @Test
    void withoutATokenTheDoorAnswers401ProblemDetailsInTheCallersLanguage() {
        client.get().uri("/api/customers/c-1").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://kam-suite.dev/problems/unauthenticated")
                .jsonPath("$.title").isEqualTo("未认证");
        assertThat(customers.calls()).isZero();
    }

    @Test
    void partnersReachOnlyThePartnerApiAndPeopleOnlyTheirs() {
        client.get().uri("/api/customers/c-1").header(HttpHeaders.AUTHORIZATION, partner).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://kam-suite.dev/problems/forbidden");
        client.post().uri("/partner/v1/forecasts").header(HttpHeaders.AUTHORIZATION, accountManager)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden();
        assertThat(customers.calls() + forecasts.calls()).isZero();
    }

    @Test
    void aTokenWithoutADivisionPassesNowhere() {
        String noDivision = TestTokens.bearer(TestTokens.custom(org.springframework.security.oauth2.jwt.JwtClaimsSet.builder()
                .subject("liu.yang").claim("roles", java.util.List.of("ACCOUNT_MANAGER"))));
        client.get().uri("/api/customers/c-1").header(HttpHeaders.AUTHORIZATION, noDivision).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aDeadServiceGets503FromItsFallbackAndTheGatewayStaysUp() {
        client.get().uri("/api/quotas/q-1").header(HttpHeaders.AUTHORIZATION, accountManager)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                .expectBody().jsonPath("$.type").isEqualTo("https://kam-suite.dev/problems/service-unavailable")
                .jsonPath("$.reason").isEqualTo("unreachable")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("team-incentive-service"));
        client.get().uri("/api/customers/c-1").header(HttpHeaders.AUTHORIZATION, accountManager).exchange()
                .expectStatus().isOk();
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void aSlowServiceIsCutOffAtItsRouteTimeoutAndAPostIsNotRetried() {
        opportunities.slowDown(3_000);
        long start = System.nanoTime();
        client.mutate().responseTimeout(Duration.ofSeconds(10)).build()
                .post().uri("/api/opportunities").header(HttpHeaders.AUTHORIZATION, accountManager)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503).expectBody().jsonPath("$.reason").isEqualTo("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_900));
        assertThat(opportunities.calls()).isEqualTo(1);
    }

    @Test
    void aGetThatFailsWithAServerErrorIsRetriedButAPostIsNot() {
        customers.failWith(500);
        client.get().uri("/api/customers/c-1").header(HttpHeaders.AUTHORIZATION, accountManager).exchange()
                .expectStatus().isEqualTo(500);
        assertThat(customers.calls()).isEqualTo(3);

        customers.reset();
        customers.failWith(502);
        client.post().uri("/api/customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503).expectBody().jsonPath("$.reason").isEqualTo("failing");
        assertThat(customers.calls()).isEqualTo(1);
    }

    @Test
    void aPartnerIsRateLimitedPerClient() {
        for (int i = 0; i < 3; i++) {
            client.post().uri("/partner/v1/forecasts").header(HttpHeaders.AUTHORIZATION, partner)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isOk();
        }
        client.post().uri("/partner/v1/forecasts").header(HttpHeaders.AUTHORIZATION, partner)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isEqualTo(429);
        String otherPartner = TestTokens.bearer(TestTokens.forPartner("partner-zhongke", "div-automation"));
        client.post().uri("/partner/v1/forecasts").header(HttpHeaders.AUTHORIZATION, otherPartner)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isOk();
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItReachesTheService() {
        String big = "{\"x\":\"" + "a".repeat(300 * 1024) + "\"}";
        client.post().uri("/partner/v1/tenders").header(HttpHeaders.AUTHORIZATION, partner)
                .contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.CONTENT_LENGTH, String.valueOf(big.length()))
                .bodyValue(big).exchange().expectStatus().isEqualTo(413)
                // Was an empty body with an "errorMessage" header: now Problem Details like every other refusal.
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://kam-suite.dev/problems/payload-too-large")
                .jsonPath("$.code").isEqualTo("payload-too-large")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("262144"));
        assertThat(opportunities.calls()).isZero();

        String overOneMegabyte = "{\"x\":\"" + "a".repeat(1100 * 1024) + "\"}";
        client.post().uri("/api/customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(overOneMegabyte).exchange().expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.title").isEqualTo("请求正文过大");
        assertThat(customers.calls()).isZero();
    }

    @Test
    void aChunkedBodyWithoutContentLengthIsHeldToTheSameLimit() {
        // Was forwarded whatever its size: RequestSize only reads Content-Length (3 MB reached forecast-service).
        String partner = TestTokens.bearer(TestTokens.forPartner("partner-chunked", "div-power")); // its own rate limit
        byte[] big = ("{\"x\":\"" + "a".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        client.post().uri("/partner/v1/tenders").header(HttpHeaders.AUTHORIZATION, partner)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(big)),
                        DataBuffer.class)
                .exchange().expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("https://kam-suite.dev/problems/payload-too-large");
        assertThat(opportunities.calls()).isZero();

        byte[] small = "{\"participating\":false}".getBytes(StandardCharsets.UTF_8);
        client.put().uri("/partner/v1/tenders/t-1/participation").header(HttpHeaders.AUTHORIZATION, partner)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(small)),
                        DataBuffer.class)
                .exchange().expectStatus().isOk();
        assertThat(opportunities.calls()).isEqualTo(1);
    }

    @Test
    void aPathNoRouteServesIs404ProblemDetailsInTheCallersLanguage() {
        // Was Spring's default: {"detail":"No static resource api/nothing.","title":"Not Found"}, no type, English only.
        client.get().uri("/api/nothing").header(HttpHeaders.AUTHORIZATION, accountManager)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://kam-suite.dev/problems/not-found")
                .jsonPath("$.code").isEqualTo("not-found")
                .jsonPath("$.title").isEqualTo("未找到");
        client.get().uri("/partner/v1/nothing").header(HttpHeaders.AUTHORIZATION, partner).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://kam-suite.dev/problems/not-found")
                .jsonPath("$.title").isEqualTo("Not found");
    }
}
