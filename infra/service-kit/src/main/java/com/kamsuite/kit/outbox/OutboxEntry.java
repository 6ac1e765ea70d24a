package com.kamsuite.kit.outbox;

import com.kamsuite.events.EventType;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An event waiting in its aggregate's document to be published. Stored as a sub-document of the aggregate,
 * written in the same single-document write as the state change that caused it. {@code traceHeaders} are the trace
 * context of the request that caused it (W3C {@code traceparent}, …), sent as Kafka headers so the consumers'
 * work joins the same trace even though the relay publishes later, from another thread.
 */
public record OutboxEntry(String eventId, String type, String topic, String key, String divisionId, long sequence,
                          Instant time, String source, String data, Map<String, String> traceHeaders) {

    public static final String DIVISION_EXTENSION = "divisionid";
    public static final String SEQUENCE_EXTENSION = "sequence";

    public OutboxEntry {
        traceHeaders = traceHeaders == null ? Map.of() : Map.copyOf(traceHeaders);
    }

    /** An entry outside any trace. */
    public OutboxEntry(String eventId, String type, String topic, String key, String divisionId, long sequence,
                       Instant time, String source, String data) {
        this(eventId, type, topic, key, divisionId, sequence, time, source, data, Map.of());
    }

    static OutboxEntry of(String eventId, EventType<?> type, String key, String divisionId, long sequence, Instant time,
                          String source, byte[] data, Map<String, String> traceHeaders) {
        return new OutboxEntry(eventId, type.name(), type.topic(), key, divisionId, sequence, time, source,
                new String(data, StandardCharsets.UTF_8), traceHeaders);
    }

    Document toDocument() {
        return new Document("eventId", eventId)
                .append("type", type)
                .append("topic", topic)
                .append("key", key)
                .append("divisionId", divisionId)
                .append("sequence", sequence)
                .append("time", Date.from(time))
                .append("source", source)
                .append("data", data)
                .append("trace", new Document(new LinkedHashMap<String, Object>(traceHeaders)));
    }

    static OutboxEntry fromDocument(Document d) {
        return new OutboxEntry(d.getString("eventId"), d.getString("type"), d.getString("topic"), d.getString("key"),
                d.getString("divisionId"), ((Number) d.get("sequence")).longValue(), d.getDate("time").toInstant(),
                d.getString("source"), d.getString("data"), traceHeaders(d.get("trace", Document.class)));
    }

    private static Map<String, String> traceHeaders(Document trace) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (trace != null) {
            trace.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        return headers;
    }

    /** The CloudEvents 1.0 form of this entry. */
    public CloudEvent toCloudEvent() {
        return CloudEventBuilder.v1()
                .withId(eventId)
                .withType(type)
                .withSource(URI.create(source))
                .withSubject(key)
                .withTime(OffsetDateTime.ofInstant(time, ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension(DIVISION_EXTENSION, divisionId)
                .withExtension(SEQUENCE_EXTENSION, Long.toString(sequence))
                .withData(data.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** The Kafka record: CloudEvents binary mode (attributes as {@code ce_} headers), keyed by the aggregate id. */
    public ProducerRecord<String, byte[]> toRecord() {
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(topic, key).writeBinary(toCloudEvent());
        traceHeaders.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
