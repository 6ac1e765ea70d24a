package com.kamsuite.gateway;

import com.kamsuite.embedded.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway's limits let through and when they close a route: a healthy service gets all the load it can
 * serve, a failing one is cut off with 503 and {@code Retry-After}, and a client's mistakes never count against it.
 * Each route's breaker here opens after 4 calls (half failed) and stays open for an hour, so one test's state is
 * visible and no other test shares its route.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kam.gateway.limits.default.sliding-window=4",
        "kam.gateway.limits.default.minimum-calls=4",
        "kam.gateway.limits.default.open-state-wait=1h"})
@AutoConfigureWebTestClient
class GatewayResilienceIntegrationTest {

    static final StubService customers = new StubService();
    static final StubService opportunities = new StubService();
    static final StubService forecasts = new StubService();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("KAM_CUSTOMER_SERVICE_URL", customers::url);
        registry.add("KAM_OPPORTUNITY_SERVICE_URL", opportunities::url);
        registry.add("KAM_FORECAST_SERVICE_URL", forecasts::url);
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

    @LocalServerPort
    int port;

    private final String accountManager = TestTokens.bearer(TestTokens.forUser("liu.yang", "div-power", "ACCOUNT_MANAGER"));

    @BeforeEach
    void reset() {
        customers.reset();
        opportunities.reset();
        forecasts.reset();
    }

    @Test
    void sixtyFourConcurrentRequestsToAHealthyButSlowishServiceAllSucceed() {
        // Was 25 × 200 and the rest 503: the bulkhead Spring Cloud CircuitBreaker adds by default let 25 calls per
        // route in at a time and refused the others at once, and the breaker counted the refusals as failures.
        forecasts.slowDown(50);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<Integer>> answers = IntStream.range(0, 64)
                .mapToObj(i -> HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/forecasts/f-" + i))
                        .header(HttpHeaders.AUTHORIZATION, accountManager).timeout(Duration.ofSeconds(30)).build())
                .map(request -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .thenApply(HttpResponse::statusCode))
                .toList();

        Map<Integer, Long> statuses = answers.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(statuses).containsExactly(Map.entry(200, 64L));
        assertThat(forecasts.calls()).isEqualTo(64);
    }

    @Test
    void aServiceThatAnswersItCannotServeOpensItsBreakerAnd503sCarryRetryAfter() {
        // Was passed through and never counted: a service answering 503 to every call kept getting every call.
        customers.failWith(503);
        for (int i = 0; i < 4; i++) {
            client.post().uri("/api/customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                    .expectBody().jsonPath("$.reason").isEqualTo("failing");
        }
        assertThat(customers.calls()).isEqualTo(4);

        customers.reset();
        client.post().uri("/api/customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "3600")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://kam-suite.dev/problems/service-unavailable")
                .jsonPath("$.reason").isEqualTo("circuit-open")
                .jsonPath("$.title").isEqualTo("服务暂不可用")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("customer-service", "3600"));
        assertThat(customers.calls()).isZero();
    }

    @Test
    void clientErrorsAndOneRequestsServerErrorNeverOpenTheBreaker() {
        for (int status : new int[] {400, 404, 409, 422, 500}) {
            opportunities.failWith(status);
            for (int i = 0; i < 4; i++) {
                client.post().uri("/api/opportunities").header(HttpHeaders.AUTHORIZATION, accountManager)
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                        .expectStatus().isEqualTo(status);
            }
        }
        assertThat(opportunities.calls()).isEqualTo(20);

        opportunities.reset();
        client.post().uri("/api/opportunities").header(HttpHeaders.AUTHORIZATION, accountManager)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isOk();
        assertThat(opportunities.calls()).isEqualTo(1);
    }

    @Test
    void theFallbackCalledFromOutsideIsNotFound() {
        client.get().uri("/fallback/customer-service").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://kam-suite.dev/problems/not-found");
    }
}
