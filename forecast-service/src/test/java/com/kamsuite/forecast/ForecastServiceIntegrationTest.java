package com.kamsuite.forecast;

import com.kamsuite.embedded.test.TestClock;
import com.jayway.jsonpath.JsonPath;
import com.kamsuite.embedded.test.KamIntegrationTest;
import com.kamsuite.embedded.test.TestTokens;
import com.kamsuite.embedded.test.TopicReader;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.EventJson;
import com.kamsuite.events.EventType;
import com.kamsuite.events.opportunity.OpportunityConfirmed;
import com.kamsuite.events.opportunity.OpportunityProduct;
import com.kamsuite.events.org.ReportingLineChanged;
import com.kamsuite.kit.outbox.OutboxEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * One application context for the integration tests of forecast-service, on the embedded infrastructure. Extend it,
 * so every test class shares the context (and its Kafka consumers). Each test works in a division of its own
 * ({@link #newOrg()}), so tests never see each other's data. The clock is a {@link TestClock}, fixed by default on
 * {@link #TODAY}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@KamIntegrationTest
@Import(ForecastServiceIntegrationTest.Clocks.class)
public abstract class ForecastServiceIntegrationTest {

    /** "Now" in the tests: early December 2026, so 2027-Q1 is within a 4-quarter horizon and its deadline ahead. */
    protected static final Instant TODAY = Instant.parse("2026-12-03T02:00:00Z");
    protected static final String PERIOD = "2027-Q1";
    private static final AtomicLong SEQUENCES = new AtomicLong();

    @Autowired
    protected MockMvcTester mvc;
    @Autowired
    protected KafkaConnectionDetails kafkaConnection;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected MongoTemplate mongo;

    @AfterEach
    void resetClock() {
        clock.set(TODAY);
    }

    protected static String newDivision() {
        return "div-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A new division with quarterly principles (stages 04–07 count, weighted by stage probability, CNY, deadline 5 days
     * before the start) and its organisation, replicated from reporting-line events: head ← director ← manager ← am1,
     * am2; ops reports to the head. Everyone from 2026-01-01. Waits until the replica has everyone.
     */
    protected Org newOrg() {
        String division = newDivision();
        Org org = new Org(division, "head." + division, "director." + division, "manager." + division,
                "am1." + division, "am2." + division, "ops." + division);
        reportsTo(org, org.head(), null, "DIVISION_HEAD");
        reportsTo(org, org.director(), org.head(), "SALES_DIRECTOR");
        reportsTo(org, org.manager(), org.director(), "SALES_MANAGER");
        reportsTo(org, org.am1(), org.manager(), "ACCOUNT_MANAGER");
        reportsTo(org, org.am2(), org.manager(), "ACCOUNT_MANAGER");
        reportsTo(org, org.ops(), org.head(), "SALES_OPERATIONS");
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("forecast_people")
                .countDocuments(new org.bson.Document("divisionId", division)) == 6);
        setPrinciples(org, "STAGE_PROBABILITY");
        return org;
    }

    protected void setPrinciples(Org org, String weighting) {
        var result = put(org.as(org.ops()), "/api/forecasts/principles", """
                {"periodKind":"QUARTER","horizon":4,"countedStages":["04","05","06","07"],"weighting":"%s",
                 "commitStages":["06","07"],"bestCaseStages":["05"],"bestCasePercent":50,"currency":"CNY",
                 "deadlineDaysBeforeStart":5,"timeZone":"Asia/Shanghai","reason":"yearly review"}""".formatted(weighting));
        if (status(result) != 200) {
            throw new IllegalStateException("could not set principles: " + body(result));
        }
    }

    /** The people of {@link #newOrg()}; {@link #as} gives a token for a person in their role. */
    protected record Org(String division, String head, String director, String manager, String am1, String am2, String ops) {

        public String as(String person) {
            String role = person.equals(head) ? "DIVISION_HEAD" : person.equals(director) ? "SALES_DIRECTOR"
                    : person.equals(manager) ? "SALES_MANAGER" : person.equals(ops) ? "SALES_OPERATIONS" : "ACCOUNT_MANAGER";
            return token(person, division, role);
        }
    }

    protected void reportsTo(Org org, String person, String superior, String role) {
        publish(person, org.division(), nextSequence(), UUID.randomUUID().toString(), new ReportingLineChanged(person,
                org.division(), person, superior, null, List.of(role), null, LocalDate.parse("2026-01-01"), null,
                List.of(new ReportingLineChanged.Line(superior, null, List.of(role), LocalDate.parse("2026-01-01"), null))));
    }

    protected static long nextSequence() {
        return SEQUENCES.incrementAndGet();
    }

    /** A confirmed opportunity closing in 2027-02 with one product, published as opportunity-service would. */
    protected String confirmOpportunity(Org org, String owner, String stage, String probability, String amount,
                                        OpportunityProduct... products) {
        String id = "opp-" + UUID.randomUUID().toString().substring(0, 8);
        publish(id, org.division(), 1, UUID.randomUUID().toString(), confirmed(id, owner, stage, probability, amount, products));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("forecast_opportunities")
                .countDocuments(new org.bson.Document("_id", id)) == 1);
        return id;
    }

    protected static OpportunityConfirmed confirmed(String id, String owner, String stage, String probability, String amount,
                                                    OpportunityProduct... products) {
        return new OpportunityConfirmed(id, "cust-" + id, "Opportunity " + id, owner, stage, new BigDecimal(probability),
                new BigDecimal(amount), "CNY", LocalDate.parse("2027-02-15"), List.of(products), owner);
    }

    protected static OpportunityProduct product(String code, String quantity, String price, String month) {
        return product(code, quantity, price, month, null);
    }

    protected static OpportunityProduct product(String code, String quantity, String price, String month, String unit) {
        return new OpportunityProduct(code, "Product " + code, null, new BigDecimal(quantity), null,
                price == null ? null : new BigDecimal(price), YearMonth.parse(month), unit);
    }

    /**
     * Publishes an event as another service would (CloudEvents binary mode, keyed by the aggregate id). Giving the same
     * {@code eventId} and {@code sequence} twice simulates a duplicate delivery.
     */
    protected void publish(String aggregateId, String division, long sequence, String eventId, Object data) {
        EventType<?> type = EventCatalog.of(data.getClass());
        var entry = new OutboxEntry(eventId, type.name(), type.topic(), aggregateId, division, sequence,
                Instant.parse("2026-11-20T08:00:00Z"), "/kam/test-producer", new String(EventJson.write(data), StandardCharsets.UTF_8));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap(), "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(entry.toRecord()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected String bootstrap() {
        return String.join(",", kafkaConnection.getBootstrapServers());
    }

    protected static String token(String person, String division, String... roles) {
        return TestTokens.bearer(TestTokens.forUser(person, division, roles));
    }

    protected static String partnerToken(String partnerId, String division) {
        return TestTokens.bearer(TestTokens.forPartner(partnerId, division));
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

    /** Drafts the person's forecast of {@link #PERIOD} and submits it; returns its id. */
    protected String submitForecast(Org org, String person) {
        String id = created(post(org.as(person), "/api/forecasts", "{\"period\":\"" + PERIOD + "\"}"));
        var result = post(org.as(person), "/api/forecasts/" + id + "/submission", "");
        if (status(result) != 200) {
            throw new IllegalStateException("could not submit " + id + ": " + body(result));
        }
        return id;
    }

    protected static String created(MvcTestResult result) {
        if (status(result) != 201) {
            throw new IllegalStateException("expected 201, got " + status(result) + ": " + body(result));
        }
        return read(result, "$.id");
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

    protected static BigDecimal decimal(MvcTestResult result, String jsonPath) {
        Object value = read(result, jsonPath);
        return new BigDecimal(value.toString());
    }

    protected static int status(MvcTestResult result) {
        return result.getResponse().getStatus();
    }

    protected List<ConsumerRecord<String, byte[]>> events(String topic, Predicate<ConsumerRecord<String, byte[]>> filter,
                                                          int expected) {
        return new ArrayList<>(TopicReader.read(bootstrap(), topic, filter, expected));
    }

    protected static String header(ConsumerRecord<String, byte[]> record, String name) {
        return TopicReader.header(record, name);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        TestClock clock() {
            TestClock clock = new TestClock();
            clock.set(TODAY);
            return clock;
        }
    }
}
