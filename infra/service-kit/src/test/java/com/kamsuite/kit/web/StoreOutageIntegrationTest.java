package com.kamsuite.kit.web;

import com.kamsuite.embedded.mongo.MongoEndpoint;
import com.kamsuite.embedded.test.KamIntegrationTest;
import com.kamsuite.embedded.test.TestTokens;
import com.kamsuite.kit.testapp.KitTestApplication;
import com.mongodb.ConnectionString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** A service whose MongoDB has gone answers 503 with Retry-After, not 500: nothing was written, try again later. */
@SpringBootTest(classes = KitTestApplication.class, properties = "spring.application.name=kit-outage-test")
@AutoConfigureMockMvc
@KamIntegrationTest
@Import(StoreOutageIntegrationTest.OwnStore.class)
class StoreOutageIntegrationTest {

    /** This test's own store, so that stopping it leaves the other tests' store alone. */
    static final MongoEndpoint STORE = MongoEndpoint.inMemory(0);

    @TestConfiguration
    static class OwnStore {
        @Bean
        @Primary
        MongoConnectionDetails ownStore() {
            ConnectionString connection = new ConnectionString(STORE.connectionString()
                    + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500&socketTimeoutMS=1000");
            return () -> connection;
        }
    }

    @Autowired
    MockMvcTester mvc;

    private final String accountManager = TestTokens.bearer(TestTokens.forUser("p-1", "div-a", "ACCOUNT_MANAGER"));

    @AfterAll
    static void stopStore() {
        STORE.close();
    }

    @Test
    void aWriteWhileTheStoreIsGoneIs503WithRetryAfterInTheCallersLanguage() {
        assertThat(register("en")).hasStatus(201);

        STORE.close();

        assertThat(register("en")).hasStatus(503)
                .hasHeader(HttpHeaders.RETRY_AFTER, "5")
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).asString().isEqualTo("https://kam-suite.dev/problems/store-unavailable"))
                .hasPathSatisfying("$.title", title -> assertThat(title).asString().isEqualTo("Store unavailable"));
        assertThat(register("zh-CN")).hasStatus(503)
                .bodyJson()
                .hasPathSatisfying("$.title", title -> assertThat(title).asString().isEqualTo("数据存储暂不可用"));
    }

    private MockMvcTester.MockMvcRequestBuilder register(String language) {
        return mvc.post().uri("/test-customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).contentType(MediaType.APPLICATION_JSON)
                .content("{\"legalName\":\"Gamma Valves Co., Ltd.\"}");
    }
}
