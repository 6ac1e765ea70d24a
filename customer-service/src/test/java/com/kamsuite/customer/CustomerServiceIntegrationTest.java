package com.kamsuite.customer;

import com.kamsuite.embedded.test.TestClock;
import com.kamsuite.embedded.test.KamIntegrationTest;
import com.kamsuite.embedded.test.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.util.List;

/**
 * One application context for the integration tests of customer-service, on the embedded infrastructure.
 * Extend it, so every test class shares the context (and its Kafka consumers). Its clock is a {@link TestClock}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@KamIntegrationTest
@Import(CustomerServiceIntegrationTest.Clocks.class)
public abstract class CustomerServiceIntegrationTest {

    @Autowired
    protected TestClock clock;
    @Autowired
    protected MockMvcTester mvc;
    @Autowired
    protected KafkaTemplate<String, byte[]> kafka;
    @Autowired
    protected KafkaConnectionDetails kafkaConnection;

    protected CustomerApi api;

    @BeforeEach
    void api() {
        api = new CustomerApi(mvc, kafka);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The types of the customer-topic events with this key, once {@code expected} arrived. */
    protected List<String> customerEventTypes(String key, int expected) {
        return TopicReader.read(String.join(",", kafkaConnection.getBootstrapServers()), "kam.customer.v1",
                record -> key.equals(record.key()), expected).stream().map(record -> TopicReader.header(record, "ce_type")).toList();
    }

    protected List<String> customerEventData(String key, String type, int expected) {
        return TopicReader.read(String.join(",", kafkaConnection.getBootstrapServers()), "kam.customer.v1",
                record -> key.equals(record.key()) && type.equals(TopicReader.header(record, "ce_type")), expected)
                .stream().map(record -> new String(record.value(), java.nio.charset.StandardCharsets.UTF_8)).toList();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }
}
