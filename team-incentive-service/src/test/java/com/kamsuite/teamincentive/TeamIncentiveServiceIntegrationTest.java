package com.kamsuite.teamincentive;

import com.jayway.jsonpath.JsonPath;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.EventJson;
import com.kamsuite.events.EventType;
import com.kamsuite.events.opportunity.OpportunityWon;
import com.kamsuite.kit.outbox.OutboxEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
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

    /**
     * A small organisation in a new division: head ← director ← manager ← am1, am2; sales operations, finance and HR
     * report to the head. Units: the division, regions EAST and NORTH, a team under EAST. Everyone from 2026-01-01.
     */
    protected Org newOrg() {
        String division = newDivision();
        String hr = token("hr." + division, division, "HR");
        String divisionUnit = created(post(hr, "/api/org/units",
                "{\"kind\":\"DIVISION\",\"name\":\"Division\",\"validFrom\":\"2026-01-01\"}"));
        String east = created(post(hr, "/api/org/units", """
                {"kind":"REGION","name":"East","code":"EAST","parentId":"%s","validFrom":"2026-01-01"}""".formatted(divisionUnit)));
        created(post(hr, "/api/org/units", """
                {"kind":"REGION","name":"North","code":"NORTH","parentId":"%s","validFrom":"2026-01-01"}""".formatted(divisionUnit)));
        String team = created(post(hr, "/api/org/units", """
                {"kind":"TEAM","name":"East team","parentId":"%s","validFrom":"2026-01-01"}""".formatted(east)));
        Org org = new Org(division, "head." + division, "director." + division, "manager." + division,
                "am1." + division, "am2." + division, "ops." + division, "finance." + division, "hr." + division,
                divisionUnit, east, team);
        registerPerson(hr, org.head(), null, divisionUnit, "DIVISION_HEAD");
        registerPerson(hr, org.director(), org.head(), east, "SALES_DIRECTOR");
        registerPerson(hr, org.manager(), org.director(), team, "SALES_MANAGER");
        registerPerson(hr, org.am1(), org.manager(), team, "ACCOUNT_MANAGER");
        registerPerson(hr, org.am2(), org.manager(), team, "ACCOUNT_MANAGER");
        registerPerson(hr, org.ops(), org.head(), divisionUnit, "SALES_OPERATIONS");
        registerPerson(hr, org.finance(), org.head(), divisionUnit, "FINANCE");
        registerPerson(hr, org.hr(), org.head(), divisionUnit, "HR");
        return org;
    }

    /** The people and units of {@link #newOrg()}; {@link #as} gives a token for a person in their role. */
    protected record Org(String division, String head, String director, String manager, String am1, String am2,
                         String ops, String finance, String hr, String divisionUnit, String eastUnit, String teamUnit) {

        public String as(String person) {
            String role = person.equals(head) ? "DIVISION_HEAD" : person.equals(director) ? "SALES_DIRECTOR"
                    : person.equals(manager) ? "SALES_MANAGER" : person.equals(ops) ? "SALES_OPERATIONS"
                    : person.equals(finance) ? "FINANCE" : person.equals(hr) ? "HR" : "ACCOUNT_MANAGER";
            return token(person, division, role);
        }
    }

    private void registerPerson(String hr, String id, String superior, String unit, String role) {
        var result = post(hr, "/api/org/people", """
                {"personId":"%s","name":"%s","superiorId":%s,"unitId":"%s","roles":["%s"],"effectiveFrom":"2026-01-01"}"""
                .formatted(id, id, superior == null ? "null" : "\"" + superior + "\"", unit, role));
        if (status(result) != 201) {
            throw new IllegalStateException("could not register " + id + ": " + body(result));
        }
    }

    protected static String created(MvcTestResult result) {
        if (status(result) != 201) {
            throw new IllegalStateException("expected 201, got " + status(result) + ": " + body(result));
        }
        return read(result, "$.id");
    }

    /**
     * Publishes an event as another service would (CloudEvents binary mode, keyed by the aggregate id). Giving the
     * same {@code eventId} and {@code sequence} twice simulates a duplicate delivery.
     */
    protected void publish(String aggregateId, String division, long sequence, String eventId, Object data) {
        EventType<?> type = EventCatalog.of(data.getClass());
        var entry = new OutboxEntry(eventId, type.name(), type.topic(), aggregateId, division, sequence,
                Instant.parse("2026-11-20T08:00:00Z"), "/kam/test-producer", new String(EventJson.write(data), StandardCharsets.UTF_8));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                String.join(",", kafkaConnection.getBootstrapServers()), "acks", "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(entry.toRecord()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected static OpportunityWon won(String opportunityId, String amount, String wonOn, String owner, Object... personAndPercent) {
        List<OpportunityWon.Credit> credits = new java.util.ArrayList<>();
        for (int i = 0; i < personAndPercent.length; i += 2) {
            credits.add(new OpportunityWon.Credit((String) personAndPercent[i], new BigDecimal(personAndPercent[i + 1].toString())));
        }
        return new OpportunityWon(opportunityId, "cust-" + opportunityId, new BigDecimal(amount), "CNY", LocalDate.parse(wonOn),
                owner, credits);
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
