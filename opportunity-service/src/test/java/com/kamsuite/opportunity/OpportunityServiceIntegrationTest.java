package com.kamsuite.opportunity;

import com.jayway.jsonpath.JsonPath;
import com.kamsuite.embedded.test.KamIntegrationTest;
import com.kamsuite.embedded.test.TestTokens;
import com.kamsuite.embedded.test.TopicReader;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.EventJson;
import com.kamsuite.events.EventType;
import com.kamsuite.events.Topics;
import com.kamsuite.events.customer.CustomerRegistered;
import com.kamsuite.events.org.ReportingLineChanged;
import com.kamsuite.kit.outbox.OutboxEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * One application context for the integration tests of opportunity-service, on the embedded infrastructure. Extend
 * it, so every test class shares the context (and its Kafka consumers). Tests work in divisions of their own
 * ({@link #newDivision()}) so they never see each other's data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@KamIntegrationTest
public abstract class OpportunityServiceIntegrationTest {

    /** The product line the helpers create opportunities with. */
    protected static final String SWITCHGEAR = """
            {"productCode":"KYN28-12","productName":"KYN28-12 switchgear","configuration":"1250 A","quantity":40,
             "desiredPrice":30000,"quotedPrice":31250.00,"deliveryMonth":"2027-05"}""";

    @Autowired
    protected KafkaTemplate<String, byte[]> kafka;
    @Autowired
    protected MockMvcTester mvc;
    @Autowired
    protected KafkaConnectionDetails kafkaConnection;

    /** Publishes an event as its owning service would (CloudEvents binary mode, keyed by the aggregate id). */
    protected void publish(EventType<?> type, String aggregateId, String divisionId, long sequence, Object data) throws Exception {
        OutboxEntry entry = new OutboxEntry(UUID.randomUUID().toString(), type.name(), type.topic(), aggregateId, divisionId,
                sequence, Instant.now(), "/kam/test", new String(EventJson.write(data), StandardCharsets.UTF_8));
        kafka.send(entry.toRecord()).get();
    }

    protected static String newDivision() {
        return "div-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static String token(String person, String division, String... roles) {
        return TestTokens.bearer(TestTokens.forUser(person, division, roles));
    }

    /** A customer registered in customer-service, as its event announces it. */
    protected String registeredCustomer(String name) throws Exception {
        String id = "cust-" + UUID.randomUUID();
        publish(EventCatalog.CUSTOMER_REGISTERED, id, "div-power", 1,
                new CustomerRegistered(id, "REG" + id.hashCode(), name, null, null, null, null, "div-power"));
        return id;
    }

    /** Announces {@code person}'s reporting line (superior from 2026-01-01 on), as team-incentive-service would. */
    protected void reportingLine(String person, String division, String superior, long sequence) throws Exception {
        reportingLine(person, division, superior, sequence, "ACCOUNT_MANAGER");
    }

    /** The same, for a person in {@code role}. */
    protected void reportingLine(String person, String division, String superior, long sequence, String role) throws Exception {
        LocalDate from = LocalDate.parse("2026-01-01");
        publish(EventCatalog.REPORTING_LINE_CHANGED, person, division, sequence, new ReportingLineChanged(person, division, person,
                superior, null, List.of(role), "unit-1", from, null,
                List.of(new ReportingLineChanged.Line(superior, "unit-1", List.of(role), from, null))));
    }

    /** Creates an opportunity with one product for a newly registered customer; returns its id. */
    protected String newOpportunity(String token) throws Exception {
        String customerId = registeredCustomer("Customer " + UUID.randomUUID());
        String json = """
                {"customerId":"%s","name":"2027 switchgear framework","amount":1250000,"currency":"CNY",
                 "expectedCloseDate":"2027-03-31","source":"MARKET_ACTIVITY","products":[%s]}""".formatted(customerId, SWITCHGEAR);
        MvcTestResult created = await().atMost(Duration.ofSeconds(20)).until(() -> post(token, "/api/opportunities", json),
                result -> status(result) != 422);
        if (status(created) != 201) {
            throw new IllegalStateException("expected 201, got " + status(created) + ": " + body(created));
        }
        return read(created, "$.id");
    }

    /** Twenty answers, the first {@code yes} of them yes. */
    protected static String answers(int yes) {
        String[] questions = {"APPLICATION_CLEAR", "OPERATING_PROFIT_KNOWN", "FINANCIALLY_STRONG", "FUNDS_PREPARED",
                "COMPELLING_EVENT_CLEAR", "FORMAL_CRITERIA_CLEAR", "SOLUTION_GOOD", "RESOURCES_NEEDED_LOW", "RELATIONSHIP_STRONG",
                "UNIQUE_VALUE_STRONG", "INTERNAL_SUPPORT_STRONG", "PEOPLE_CREDIBLE", "CULTURAL_FIT_GOOD", "INFORMAL_CRITERIA_CLEAR",
                "POLITICAL_ALLIANCES_STRONG", "NEAR_TERM_REVENUE_HIGH", "LONG_TERM_REVENUE_HIGH", "MARGIN_HIGH", "RISK_LOW",
                "STRATEGIC_VALUE_PRESENT"};
        StringBuilder json = new StringBuilder("{\"answers\":{");
        for (int i = 0; i < questions.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(questions[i]).append("\":").append(i < yes);
        }
        return json.append("}}").toString();
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

    protected MvcTestResult delete(String token, String path) {
        return mvc.delete().uri(path).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    protected static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    protected static <T> T read(MvcTestResult result, String jsonPath) {
        return JsonPath.read(body(result), jsonPath);
    }

    protected static int status(MvcTestResult result) {
        return result.getResponse().getStatus();
    }

    /** The events of one opportunity on the opportunity topic, as an outside subscriber reads them. */
    protected List<ConsumerRecord<String, byte[]>> eventsOf(String opportunityId, int expected) {
        return TopicReader.read(String.join(",", kafkaConnection.getBootstrapServers()), Topics.OPPORTUNITY,
                record -> opportunityId.equals(record.key()), expected);
    }

    protected static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> TopicReader.header(record, "ce_type")).toList();
    }

    /** The JSON data of the first record of a type. */
    protected static String data(List<ConsumerRecord<String, byte[]>> records, String type) {
        return records.stream().filter(record -> type.equals(TopicReader.header(record, "ce_type"))).findFirst()
                .map(record -> new String(record.value(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("no " + type + " among " + types(records)));
    }

    protected static Predicate<ConsumerRecord<String, byte[]>> keyed(String key) {
        return record -> key.equals(record.key());
    }
}
