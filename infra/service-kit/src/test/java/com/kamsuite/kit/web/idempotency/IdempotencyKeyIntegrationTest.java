package com.kamsuite.kit.web.idempotency;

import com.kamsuite.embedded.test.TestTokens;
import com.kamsuite.kit.KitIntegrationTest;
import com.kamsuite.kit.testapp.TestOrderController;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Key on POST: the first answer again for a retry, never two executions for one key. */
class IdempotencyKeyIntegrationTest extends KitIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrderController orders;

    private final String liu = TestTokens.bearer(TestTokens.forUser("liu.yang", "div-a", "ACCOUNT_MANAGER"));
    private final String chen = TestTokens.bearer(TestTokens.forUser("chen.jing", "div-a", "ACCOUNT_MANAGER"));

    @BeforeEach
    void reset() {
        orders.executions.set(0);
        orders.gate = null;
        orders.entered = new CountDownLatch(0);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerWithoutExecutingAgain() {
        String key = UUID.randomUUID().toString();
        MvcTestResult first = post("/test-orders", liu, key, "{\"product\":\"KYN28-12\",\"quantity\":12}");
        MvcTestResult retry = post("/test-orders", liu, key, "{\"product\":\"KYN28-12\",\"quantity\":12}");

        assertThat(first).hasStatus(201).doesNotContainHeader(IdempotencyKeyFilter.REPLAYED_HEADER);
        assertThat(retry).hasStatus(201)
                .hasHeader(HttpHeaders.LOCATION, "/test-orders/1")
                .hasHeader("X-Order-Number", "1")
                .hasHeader(IdempotencyKeyFilter.REPLAYED_HEADER, "true")
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(retry.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
        assertThat(orders.executions).hasValue(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndExecutesNothing() {
        String key = UUID.randomUUID().toString();
        post("/test-orders", liu, key, "{\"quantity\":12}");

        assertThat(mvc.post().uri("/test-orders").header(HttpHeaders.AUTHORIZATION, liu).header(IdempotencyKeyFilter.HEADER, key)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":13}"))
                .hasStatus(422)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.type", t -> assertThat(t).asString().isEqualTo("https://kam-suite.dev/problems/idempotency-key-reused"))
                .hasPathSatisfying("$.title", t -> assertThat(t).asString().isEqualTo("Idempotency-Key 已用于另一个请求"));
        assertThat(post("/test-orders/conflicting", liu, key, "{\"quantity\":12}")).as("another path is another request").hasStatus(422);
        assertThat(orders.executions).hasValue(1);
    }

    @Test
    void keysArePerClient() {
        String key = UUID.randomUUID().toString();

        assertThat(post("/test-orders", liu, key, "{}")).hasStatus(201);
        assertThat(post("/test-orders", chen, key, "{}")).hasStatus(201).doesNotContainHeader(IdempotencyKeyFilter.REPLAYED_HEADER);
        String partner = TestTokens.bearer(TestTokens.forPartner("partner-huadian", "div-a"));
        assertThat(post("/test-orders", partner, key, "{}")).hasStatus(201).doesNotContainHeader(IdempotencyKeyFilter.REPLAYED_HEADER);
        assertThat(orders.executions).hasValue(3);
    }

    @Test
    void aRetryWhileTheFirstStillRunsIs409AndThenGetsTheFirstAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        orders.gate = new CountDownLatch(1);
        orders.entered = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<MvcTestResult> first = executor.submit(() -> post("/test-orders", liu, key, "{\"q\":1}"));
            assertThat(orders.entered.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(post("/test-orders", liu, key, "{\"q\":1}")).hasStatus(409)
                    .hasHeader(HttpHeaders.RETRY_AFTER, "1")
                    .bodyJson().hasPathSatisfying("$.code", c -> assertThat(c).asString().isEqualTo("idempotency-key-in-progress"));

            orders.gate.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).hasStatus(201);
        } finally {
            executor.shutdownNow();
        }
        assertThat(post("/test-orders", liu, key, "{\"q\":1}")).hasStatus(201).hasHeader(IdempotencyKeyFilter.REPLAYED_HEADER, "true");
        assertThat(orders.executions).hasValue(1);
    }

    @Test
    void concurrentRequestsWithOneKeyNeverBothExecute() throws Exception {
        String key = UUID.randomUUID().toString();
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                statuses.add(executor.submit(() -> {
                    start.await();
                    return post("/test-orders", liu, key, "{\"q\":2}").getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(30, TimeUnit.SECONDS));
            }
            assertThat(answered).isSubsetOf(201, 409).contains(201);
        } finally {
            executor.shutdownNow();
        }
        assertThat(orders.executions).hasValue(1);
    }

    @Test
    void aFailureOnOurSideOrAConflictReleasesTheKeySoARetryExecutes() {
        String key = UUID.randomUUID().toString();
        assertThat(post("/test-orders/failing", liu, key, "{}")).hasStatus(500);
        assertThat(post("/test-orders/failing", liu, key, "{}")).hasStatus(500);
        String other = UUID.randomUUID().toString();
        assertThat(post("/test-orders/conflicting", liu, other, "{}")).hasStatus(409);
        assertThat(post("/test-orders/conflicting", liu, other, "{}")).hasStatus(409);

        assertThat(orders.executions).hasValue(4);
    }

    @Test
    void withoutTheHeaderEveryRequestExecutes() {
        assertThat(mvc.post().uri("/test-orders").header(HttpHeaders.AUTHORIZATION, liu)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(201);
        assertThat(mvc.post().uri("/test-orders").header(HttpHeaders.AUTHORIZATION, liu)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(201);

        assertThat(orders.executions).hasValue(2);
    }

    @Test
    void aMalformedKeyIs400() {
        assertThat(post("/test-orders", liu, "with space", "{}")).hasStatus(400)
                .bodyJson().hasPathSatisfying("$.code", c -> assertThat(c).asString().isEqualTo("idempotency-key-invalid"));
        assertThat(post("/test-orders", liu, "k".repeat(256), "{}")).hasStatus(400);
        assertThat(orders.executions).hasValue(0);
    }

    @Test
    void everyPostOperationDocumentsTheHeader() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatus(200).bodyJson()
                .hasPathSatisfying("$.paths['/test-orders'].post.parameters[?(@.name == 'Idempotency-Key')].in",
                        in -> assertThat(in).asList().containsExactly("header"))
                .hasPathSatisfying("$.paths['/test-customers'].post.parameters[?(@.name == 'Idempotency-Key')]",
                        p -> assertThat(p).asList().hasSize(1))
                .hasPathSatisfying("$.paths['/test-orders'].post.responses['422'].description",
                        d -> assertThat(d).asString().contains("idempotency-key-reused"))
                .hasPathSatisfying("$.paths['/test-customers/{id}'].get.parameters[*].name",
                        names -> assertThat(names).asList().doesNotContain("Idempotency-Key"));
    }

    private MvcTestResult post(String path, String token, String key, String body) {
        return mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, token).header(IdempotencyKeyFilter.HEADER, key)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
