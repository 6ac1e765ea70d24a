package com.kamsuite.teamincentive;

import com.jayway.jsonpath.JsonPath;
import com.kamsuite.embedded.test.KamIntegrationTest;
import com.kamsuite.embedded.test.TestTokens;
import com.kamsuite.embedded.test.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One application context for the integration tests of team-incentive-service, on the embedded infrastructure.
 * Extend it, so every test class shares the context (and its Kafka consumers). Each test works in a division of its
 * own ({@link #newDivision()}), so tests never see each other's data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@KamIntegrationTest
public abstract class TeamIncentiveServiceIntegrationTest {

    @Autowired
    protected MockMvcTester mvc;
    @Autowired
    protected KafkaConnectionDetails kafkaConnection;

    protected static String newDivision() {
        return "div-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static String token(String person, String division, String... roles) {
        return TestTokens.bearer(TestTokens.forUser(person, division, roles));
    }

    protected MvcTestResult get(String token, String path) {
        return mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    protected MvcTestResult post(String token, String path, String json) {
        return mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .content(json).exchange();
    }

    protected MvcTestResult put(String token, String path, String json) {
        return mvc.put().uri(path).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .content(json).exchange();
    }

    protected static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static <T> T read(MvcTestResult result, String jsonPath) {
        return JsonPath.read(body(result), jsonPath);
    }

    protected static int status(MvcTestResult result) {
        return result.getResponse().getStatus();
    }

    protected List<ConsumerRecord<String, byte[]>> events(String topic, Predicate<ConsumerRecord<String, byte[]>> filter,
                                                          int expected) {
        return TopicReader.read(String.join(",", kafkaConnection.getBootstrapServers()), topic, filter, expected);
    }

    protected static String type(ConsumerRecord<String, byte[]> record) {
        return TopicReader.header(record, "ce_type");
    }

    protected static String division(ConsumerRecord<String, byte[]> record) {
        return TopicReader.header(record, "ce_divisionid");
    }
}
