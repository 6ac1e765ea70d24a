package com.kamsuite.customer.master;

import com.kamsuite.customer.CustomerServiceIntegrationTest;
import com.kamsuite.customer.CustomerTestData;
import com.kamsuite.embedded.test.TopicReader;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import com.kamsuite.embedded.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerRegistrationIntegrationTest extends CustomerServiceIntegrationTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    KafkaConnectionDetails kafkaConnection;

    private final String accountManager = TestTokens.bearer(TestTokens.forUser("am-1", "div-a", "ACCOUNT_MANAGER"));

    @Test
    void aRegisteredCustomerIsReadableAndAnnouncedOnTheCustomerTopic() {
        String registrationId = randomRegistrationId();
        String name = CustomerTestData.uniqueName("电气集团股份有限公司");
        MvcTestResult created = register(registrationId, name);
        assertThat(created).hasStatus(201);
        String id = com.jayway.jsonpath.JsonPath.read(contentOf(created), "$.id");

        assertThat(mvc.get().uri("/api/customers/" + id).header(HttpHeaders.AUTHORIZATION, accountManager))
                .hasStatus(200).bodyJson()
                .hasPathSatisfying("$.registrationId", value -> assertThat(value).asString().isEqualTo(registrationId))
                .hasPathSatisfying("$.legalName", value -> assertThat(value).asString().isEqualTo(name));
        assertThat(typesOfEventsWithKey(id)).containsExactly("kam.customer.registered.v1");
    }

    @Test
    void aSecondCreateWithTheSameRegistrationIdAnswers409WithTheExistingCustomer() {
        String registrationId = randomRegistrationId();
        String id = com.jayway.jsonpath.JsonPath.read(contentOf(register(registrationId, CustomerTestData.uniqueName("Machinery Co., Ltd."))), "$.id");

        assertThat(register(registrationId.toLowerCase(), CustomerTestData.uniqueName("Machinery")))
                .hasStatus(409).bodyJson()
                .hasPathSatisfying("$.type", value -> assertThat(value).asString().isEqualTo("https://kam-suite.dev/problems/duplicate-customer"))
                .hasPathSatisfying("$.existing.id", value -> assertThat(value).asString().isEqualTo(id));
    }

    @Test
    void concurrentCreatesOfOneRegistrationIdYieldOneCustomer() throws Exception {
        String registrationId = randomRegistrationId();
        String name = CustomerTestData.uniqueName("Pumps Ltd.");
        Callable<Integer> create = () -> register(registrationId, name).getResponse().getStatus();
        List<Integer> statuses = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (var future : pool.invokeAll(java.util.Collections.nCopies(8, create))) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
    }

    @Test
    void anInvalidRegistrationIdIsA400NotA500() {
        assertThat(register("!!", "Bad Id Ltd.")).hasStatus(400).bodyJson()
                .hasPathSatisfying("$.type", value -> assertThat(value).asString().isEqualTo("https://kam-suite.dev/problems/validation"));
    }

    private MvcTestResult register(String registrationId, String legalName) {
        return mvc.post().uri("/api/customers").header(HttpHeaders.AUTHORIZATION, accountManager)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"registrationId\":\"" + registrationId + "\",\"legalName\":\"" + legalName
                        + "\",\"industry\":\"MACHINERY\",\"region\":\"EAST\",\"size\":\"LARGE\"}")
                .exchange();
    }

    private static String contentOf(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomRegistrationId() {
        return CustomerTestData.registrationId();
    }

    private List<String> typesOfEventsWithKey(String key) {
        return TopicReader.read(String.join(",", kafkaConnection.getBootstrapServers()), "kam.customer.v1",
                record -> key.equals(record.key()), 1).stream().map(record -> TopicReader.header(record, "ce_type")).toList();
    }
}
