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

/**
 * An event waiting in its aggregate's document to be published. Stored as a sub-document of the aggregate,
 * written in the same single-document write as the state change that caused it.
 */
public record OutboxEntry(String eventId, String type, String topic, String key, String divisionId, long sequence,
                          Instant time, String source, String data) {

    public static final String DIVISION_EXTENSION = "divisionid";
    public static final String SEQUENCE_EXTENSION = "sequence";

    static OutboxEntry of(String eventId, EventType<?> type, String key, String divisionId, long sequence, Instant time,
                          String source, byte[] data) {
        return new OutboxEntry(eventId, type.name(), type.topic(), key, divisionId, sequence, time, source,
                new String(data, StandardCharsets.UTF_8));
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
                .append("data", data);
    }

    static OutboxEntry fromDocument(Document d) {
        return new OutboxEntry(d.getString("eventId"), d.getString("type"), d.getString("topic"), d.getString("key"),
                d.getString("divisionId"), ((Number) d.get("sequence")).longValue(), d.getDate("time").toInstant(),
                d.getString("source"), d.getString("data"));
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
        return KafkaMessageFactory.createWriter(topic, key).writeBinary(toCloudEvent());
    }
}
