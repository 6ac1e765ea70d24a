package com.kamsuite.kit.messaging;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.EventJson;
import com.kamsuite.events.EventSchemas;
import com.kamsuite.events.EventType;
import com.kamsuite.kit.outbox.OutboxEntry;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns Kafka records into typed events and hands each to the handler of its type. A record that is not a
 * CloudEvent, whose data is not JSON or does not match its schema, or whose type is in no catalogue is refused with
 * an exception the error policy never retries, so it goes straight to the dead-letter topic and the partition moves
 * on. Known types without a handler are skipped: a consumer reads only what it needs from a topic, and names each type
 * of its topic it leaves alone with the reason ({@link Builder#ignore}), so {@link ConsumerContracts} can hold handled
 * and ignored types against the channel's messages in the AsyncAPI document and a newly published type is never missed
 * silently.
 * <p>
 * A record arrives either as the message of a consumer binding ({@link #dispatch(Message)}: the record's value as the
 * payload, untouched by any converter, and its Kafka headers as {@code byte[]} message headers) or as the record
 * itself ({@link #dispatch(ConsumerRecord)}, e.g. when a topic is replayed with a plain consumer). Either way the
 * CloudEvents SDK reads the event from the raw bytes and headers (binary mode).
 */
public final class EventHandlers implements Consumer<Message<byte[]>> {

    private final Map<String, Handler<?>> handlers;
    private final Map<String, String> ignored;

    private EventHandlers(Map<String, Handler<?>> handlers, Map<String, String> ignored) {
        this.handlers = Map.copyOf(handlers);
        this.ignored = Map.copyOf(ignored);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The names of the event types this consumer handles. */
    public Set<String> handledTypes() {
        return handlers.keySet();
    }

    /** The names of the event types this consumer deliberately leaves alone, each with the reason. */
    public Map<String, String> ignoredTypes() {
        return ignored;
    }

    /** The binding's entry point: a bean may return the handlers themselves, which keeps them inspectable. */
    @Override
    public void accept(Message<byte[]> message) {
        dispatch(message);
    }

    /** The record as a consumer binding delivers it. */
    public void dispatch(Message<byte[]> message) {
        Headers headers = new RecordHeaders();
        message.getHeaders().forEach((name, value) -> {
            if (value instanceof byte[] bytes && !name.startsWith(KafkaHeaders.PREFIX)) {
                headers.add(name, bytes);
            }
        });
        dispatch(headers, message.getPayload(), () -> message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC) + "-"
                + message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION) + "@" + message.getHeaders().get(KafkaHeaders.OFFSET));
    }

    public void dispatch(ConsumerRecord<?, byte[]> record) {
        dispatch(record.headers(), record.value(), () -> record.topic() + "-" + record.partition() + "@" + record.offset());
    }

    private void dispatch(Headers headers, byte[] value, Supplier<String> position) {
        CloudEvent event = cloudEvent(headers, value, position);
        EventType<?> type = EventCatalog.byName(event.getType())
                .orElseThrow(() -> new UnknownEventTypeException(event.getType()));
        Handler<?> handler = handlers.get(type.name());
        if (handler != null) {
            handler.handle(event);
        }
    }

    private static CloudEvent cloudEvent(Headers headers, byte[] value, Supplier<String> position) {
        try {
            return KafkaMessageFactory.createReader(headers, value).toEvent();
        } catch (RuntimeException e) {
            throw new MalformedEventException("record " + position.get() + " is not a CloudEvent: " + e.getMessage(), e);
        }
    }

    public static final class Builder {

        private final Map<String, Handler<?>> handlers = new HashMap<>();
        private final Map<String, String> ignored = new HashMap<>();

        public <T> Builder on(EventType<T> type, Consumer<ReceivedEvent<T>> handler) {
            handlers.put(type.name(), new Handler<>(type, handler));
            return this;
        }

        /** Declares a type of the topic this consumer does not need, with the reason (e.g. what it does not show). */
        public Builder ignore(EventType<?> type, String reason) {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("ignoring " + type.name() + " needs a reason");
            }
            ignored.put(type.name(), reason);
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(handlers, ignored);
        }
    }

    private record Handler<T>(EventType<T> type, Consumer<ReceivedEvent<T>> consumer) {

        void handle(CloudEvent event) {
            consumer.accept(receive(event));
        }

        private ReceivedEvent<T> receive(CloudEvent event) {
            CloudEventData data = event.getData();
            if (data == null) {
                throw new MalformedEventException("event " + event.getId() + " has no data", null);
            }
            byte[] json = data.toBytes();
            T payload;
            try {
                List<String> violations = EventSchemas.violations(type, json);
                if (!violations.isEmpty()) {
                    throw new MalformedEventException("event " + event.getId() + " does not match " + type.name() + ": " + violations, null);
                }
                payload = EventJson.read(json, type.dataClass());
            } catch (MalformedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new MalformedEventException("event " + event.getId() + " has unreadable data: " + e.getMessage(), e);
            }
            Object division = event.getExtension(OutboxEntry.DIVISION_EXTENSION);
            Object sequence = event.getExtension(OutboxEntry.SEQUENCE_EXTENSION);
            if (division == null || sequence == null || event.getSubject() == null) {
                throw new MalformedEventException("event " + event.getId() + " lacks subject, divisionid or sequence", null);
            }
            long sequenceNumber;
            try {
                sequenceNumber = Long.parseLong(sequence.toString());
            } catch (NumberFormatException e) {
                throw new MalformedEventException("event " + event.getId() + " has a sequence that is not a number", e);
            }
            Instant time = event.getTime() == null ? Instant.EPOCH : event.getTime().toInstant();
            return new ReceivedEvent<>(event.getId(), event.getType(), event.getSubject(), division.toString(),
                    sequenceNumber, time, payload);
        }
    }
}
