package com.kamsuite.customer;

import com.jayway.jsonpath.JsonPath;
import com.kamsuite.embedded.test.TestTokens;
import com.kamsuite.events.EventJson;
import com.kamsuite.events.EventType;
import com.kamsuite.kit.outbox.OutboxEntry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Calls customer-service as a client would, and publishes other services' events as they would. */
public final class CustomerApi {

    public static final String ALL_ROLES = "ALL";

    private final MockMvcTester mvc;
    private final KafkaTemplate<String, byte[]> kafka;

    public CustomerApi(MockMvcTester mvc, KafkaTemplate<String, byte[]> kafka) {
        this.mvc = mvc;
        this.kafka = kafka;
    }

    public static String token(String person, String division, String... roles) {
        if (roles.length == 1 && ALL_ROLES.equals(roles[0])) {
            roles = new String[] {"ACCOUNT_MANAGER", "SALES_MANAGER", "SALES_DIRECTOR", "DIVISION_HEAD", "SALES_OPERATIONS"};
        }
        return TestTokens.bearer(TestTokens.forUser(person, division, roles));
    }

    public MvcTestResult get(String token, String path) {
        return mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    public MvcTestResult send(String method, String token, String path, String json) {
        var request = switch (method) {
            case "POST" -> mvc.post();
            case "PUT" -> mvc.put();
            case "DELETE" -> mvc.delete();
            default -> mvc.get();
        };
        var spec = request.uri(path).header(HttpHeaders.AUTHORIZATION, token);
        if (json != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return spec.exchange();
    }

    public MvcTestResult post(String token, String path, String json) {
        return send("POST", token, path, json);
    }

    public MvcTestResult put(String token, String path, String json) {
        return send("PUT", token, path, json);
    }

    /** Registers a customer and returns its id; {@code extra} is more JSON members ("region":"EAST",…). */
    public String register(String token, String legalName, String extra) {
        MvcTestResult result = registerRaw(token, CustomerTestData.registrationId(), legalName, extra);
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("registration failed: " + body(result));
        }
        return read(result, "$.id");
    }

    public MvcTestResult registerRaw(String token, String registrationId, String legalName, String extra) {
        return post(token, "/api/customers", "{\"registrationId\":\"" + registrationId + "\",\"legalName\":\"" + legalName + "\""
                + (extra == null || extra.isBlank() ? "" : "," + extra) + "}");
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T read(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }

    /** Publishes an event as its producing service would: CloudEvents binary mode, keyed by the aggregate id. */
    public <T> String publish(EventType<T> type, String aggregateId, String division, long sequence, T data) {
        return publish(type, aggregateId, division, sequence, data, UUID.randomUUID().toString());
    }

    /** The same, with a chosen event id: publishing twice with one id is a duplicate delivery. */
    public <T> String publish(EventType<T> type, String aggregateId, String division, long sequence, T data, String eventId) {
        OutboxEntry entry = new OutboxEntry(eventId, type.name(), type.topic(), aggregateId, division, sequence,
                Instant.now(), "/kam/test-producer", new String(EventJson.write(data), StandardCharsets.UTF_8));
        kafka.send(entry.toRecord()).join();
        return eventId;
    }
}
