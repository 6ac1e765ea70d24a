package com.kamsuite.local;

import com.jayway.jsonpath.JsonPath;
import com.kamsuite.embedded.Ports;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole suite, started by the same code as {@code ./kam up}: a real Kafka broker, the MongoDB endpoint, the
 * development authorisation server, the four services and the gateway in their own JVMs, and the demo data. A token
 * is obtained over HTTP and the first vertical slice is driven through the gateway, the event read from Kafka with
 * a plain consumer, as production planning would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteSystemIT {

    static Path dataDir;
    static Suite suite;
    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static String customerId;
    static String opportunityId;

    @BeforeAll
    static void startSuite() throws IOException {
        dataDir = Files.createTempDirectory("kam-system-test");
        suite = Suite.start(SuiteSettings.onFreePorts(home(), dataDir, true), System.out);
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void theDemoDataIsLoadedOnce() {
        assertThat(dataDir.resolve("demo-loaded")).exists();
    }

    @Test
    @Order(1)
    void theDemoForecastIsPublishedToProductionPlanningOnThePublicTopic() {
        List<ConsumerRecord<String, byte[]>> published = readTopic("kam.forecast.published.v1",
                key -> key != null && key.startsWith("div-power:"));

        assertThat(published).isNotEmpty();
        ConsumerRecord<String, byte[]> latest = published.get(published.size() - 1);
        assertThat(header(latest, "ce_type")).isEqualTo("kam.forecast.published.v1");
        assertThat(header(latest, "ce_divisionid")).isEqualTo("div-power");
        String forecast = new String(latest.value(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(forecast, "$.items[*].productCode")).contains("KYN28-12", "ZF11-126", "SCB13-1000");
        assertThat(JsonPath.<List<String>>read(forecast, "$.includedPartnerIds")).containsExactly("partner-huadian");
    }

    @Test
    @Order(2)
    void aCustomerRegisteredThroughTheGatewayIsUniqueByRegistrationId() {
        String token = suite.tokens().token("liu.yang");
        String registrationId = "91310000SYS" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36).toUpperCase();
        String body = "{\"registrationId\":\"" + registrationId + "\",\"legalName\":\"上海振华重工(集团)股份有限公司\","
                + "\"industry\":\"MACHINERY\",\"region\":\"EAST\",\"size\":\"ENTERPRISE\"}";

        HttpResponse<String> created = send("POST", "/api/customers", token, body,
                "traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        customerId = JsonPath.read(created.body(), "$.id");

        HttpResponse<String> again = send("POST", "/api/customers", token, body);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JsonPath.<String>read(again.body(), "$.existing.id")).isEqualTo(customerId);
    }

    @Test
    @Order(3)
    void theRegistrationIsPublishedOnKafkaAsACloudEvent() {
        List<ConsumerRecord<String, byte[]>> records = readCustomerTopic(customerId);

        assertThat(records).hasSize(1);
        assertThat(header(records.get(0), "ce_type")).isEqualTo("kam.customer.registered.v1");
        assertThat(header(records.get(0), "ce_divisionid")).isEqualTo("div-power");
        assertThat(new String(records.get(0).value())).contains("上海振华重工");
        assertThat(header(records.get(0), "traceparent")).as("the caller's trace, through the gateway and the outbox")
                .startsWith("00-" + TRACE_ID + "-");
    }

    @Test
    @Order(4)
    void anOpportunityForThatCustomerIsCreatedOnceTheReplicaHasIt() {
        String token = suite.tokens().token("liu.yang");
        String body = "{\"customerId\":\"" + customerId + "\",\"name\":\"岸桥电控系统改造\",\"amount\":3600000,\"currency\":\"CNY\","
                + "\"expectedCloseDate\":\"2027-06-30\"}";

        HttpResponse<String> created = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> send("POST", "/api/opportunities", token, body), response -> response.statusCode() != 422);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        opportunityId = JsonPath.read(created.body(), "$.id");
        HttpResponse<String> unknown = send("POST", "/api/opportunities", token, body.replace(customerId, "cust-unknown"));
        assertThat(unknown.statusCode()).isEqualTo(422);
    }

    @Test
    @Order(5)
    void anotherDivisionCannotReadIt() {
        assertThat(send("GET", "/api/opportunities/" + opportunityId, suite.tokens().token("liu.yang"), null).statusCode()).isEqualTo(200);
        HttpResponse<String> otherDivision = send("GET", "/api/opportunities/" + opportunityId, suite.tokens().token("ma.jun"), null);
        assertThat(otherDivision.statusCode()).isEqualTo(404);
        assertThat(otherDivision.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    }

    @Test
    @Order(6)
    void aPartnerTokenDoesNotOpenThePeoplesApi() {
        assertThat(send("GET", "/api/opportunities/" + opportunityId, suite.tokens().token("partner-huadian"), null).statusCode())
                .isEqualTo(403);
    }

    @Test
    @Order(7)
    void stoppingLeavesNoProcessAndNoPortBehindAndARestartKeepsTheDataWithoutLoadingTheDemoAgain() throws IOException {
        Map<String, Long> pids = suite.pids();
        SuiteSettings settings = suite.settings();
        suite.close();

        pids.forEach((name, pid) -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as(name).isNotEqualTo(java.util.Optional.of(true)));
        assertThat(Ports.isTaken(settings.gatewayPort())).isFalse();
        assertThat(Ports.isTaken(settings.kafkaPort())).isFalse();
        assertThat(Ports.isTaken(settings.mongoPort())).isFalse();
        String marker = Files.readString(dataDir.resolve("demo-loaded"));

        suite = Suite.start(settings, System.out);

        assertThat(Files.readString(dataDir.resolve("demo-loaded"))).isEqualTo(marker);
        HttpResponse<String> customer = send("GET", "/api/customers/" + customerId, suite.tokens().token("liu.yang"), null);
        assertThat(customer.statusCode()).isEqualTo(200);
        assertThat(readCustomerTopic(customerId)).hasSize(1);
    }

    private static HttpResponse<String> send(String method, String path, String token, String body, String... headers) {
        return new GatewayClient(suite.settings().gatewayUrl()).send(method, path, token, body, headers);
    }

    private static List<ConsumerRecord<String, byte[]>> readCustomerTopic(String key) {
        return readTopic("kam.customer.v1", key::equals);
    }

    private static List<ConsumerRecord<String, byte[]>> readTopic(String topic, java.util.function.Predicate<String> key) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", suite.settings().kafkaBootstrap()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            long quietUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.test(record.key())) {
                        matching.add(record);
                    }
                });
                if (!matching.isEmpty() && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.currentTimeMillis() + 1_000;
                }
            }
            return matching;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value());
    }

    static Path home() {
        return Path.of(System.getProperty("kam.home", "../..")).toAbsolutePath().normalize();
    }
}
