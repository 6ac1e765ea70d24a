package com.kamsuite.kit.outbox;

import com.jayway.jsonpath.JsonPath;
import com.kamsuite.embedded.test.TestTokens;
import com.kamsuite.embedded.test.TopicReader;
import com.kamsuite.events.Topics;
import com.kamsuite.kit.KitIntegrationTest;
import com.kamsuite.kit.testapp.CustomerReplica;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A request's trace goes with the events it causes, through the outbox and Kafka, into the consumers' work. */
class OutboxTracingIntegrationTest extends KitIntegrationTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    KafkaConnectionDetails kafkaConnection;
    @Autowired
    CustomerReplica replica;

    @Test
    void theEventsOfARequestCarryItsTraceAndTheConsumerContinuesIt() throws Exception {
        String traceId = hex(32);
        var response = mvc.post().uri("/test-customers")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.forUser("am-1", "div-trace", "ACCOUNT_MANAGER")))
                .header("traceparent", "00-" + traceId + "-" + hex(16) + "-01")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"legalName\":\"Traced Turbines Ltd.\"}")
                .exchange();
        assertThat(response).hasStatus(201);
        String id = JsonPath.read(response.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");

        List<ConsumerRecord<String, byte[]>> records = TopicReader.read(
                String.join(",", kafkaConnection.getBootstrapServers()), Topics.CUSTOMER, record -> id.equals(record.key()), 1);

        String traceparent = new String(records.get(0).headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        assertThat(traceparent).startsWith("00-" + traceId + "-");
        await().untilAsserted(() -> assertThat(replica.traceIdOf(id)).isEqualTo(traceId));
    }

    @Test
    void anEventOutsideAnyTraceIsPublishedWithoutTraceHeaders() {
        var entry = new OutboxEntry("e-1", "kam.customer.registered.v1", Topics.CUSTOMER, "c-1", "div-a", 1,
                java.time.Instant.EPOCH, "/kam/test", "{}");

        assertThat(entry.toRecord().headers().lastHeader("traceparent")).isNull();
        assertThat(OutboxEntry.fromDocument(entry.toDocument())).isEqualTo(entry);
    }

    private static String hex(int length) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < length) {
            hex.append(Integer.toHexString(ThreadLocalRandom.current().nextInt(16)));
        }
        return hex.toString();
    }
}
