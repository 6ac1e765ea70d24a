package com.kamsuite.kit.messaging;

import com.kamsuite.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessagingException;

import java.nio.charset.StandardCharsets;

/**
 * The last step for a record a consumer group gives up on: it goes, with its original key, value and headers (plus
 * the {@code kafka_dlt-*} headers saying where it came from and why), to the group's dead-letter topic
 * {@code <topic>.<group>.dlt}; then, never silently, one WARN line (topic, partition, offset, {@code ce_type},
 * reason) and the counter {@value #COUNTER} (tags topic, group, cause). If publishing fails, nothing is logged or
 * counted and the error handler delivers the record again.
 */
public final class DeadLetters implements ConsumerAwareRecordRecoverer {

    public static final String COUNTER = "kam.events.dead.lettered";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final String group;
    private final DeadLetterPublishingRecoverer publisher;
    private final MeterRegistry meters;

    /** {@code template} must send the record's key and value as they are ({@code byte[]} serialisers). */
    public DeadLetters(KafkaOperations<?, ?> template, String group, MeterRegistry meters) {
        this.group = group;
        this.meters = meters;
        // Partition -1: the producer picks it from the key, so a dead-letter topic may have any number of partitions.
        this.publisher = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic(), group), -1));
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        Throwable reason = reason(exception);
        publisher.accept(record, consumer, new ListenerExecutionFailedException(
                "consumer group " + group + " gave up on the record", group, reason));
        String type = header(record, "ce_type");
        String deadLetterTopic = Topics.deadLetter(record.topic(), group);
        log.atWarn()
                .addKeyValue("topic", record.topic())
                .addKeyValue("partition", record.partition())
                .addKeyValue("offset", record.offset())
                .addKeyValue("ce_type", type)
                .addKeyValue("reason", reason.getClass().getSimpleName())
                .log("Dead-lettered {}-{}@{} (ce_type {}) to {}: {}: {}", record.topic(), record.partition(), record.offset(),
                        type, deadLetterTopic, reason.getClass().getSimpleName(), reason.getMessage());
        Counter.builder(COUNTER)
                .description("Records a consumer group gave up on and sent to its dead-letter topic")
                .tag("topic", record.topic())
                .tag("group", group)
                .tag("cause", reason.getClass().getSimpleName())
                .register(meters)
                .increment();
    }

    /**
     * What went wrong, without the wrappers the listener container and the binding's messaging add around a
     * handler's exception, so the dead-letter headers, the log and the counter name the handler's failure.
     */
    static Throwable reason(Throwable exception) {
        Throwable reason = exception;
        while ((reason instanceof ListenerExecutionFailedException || reason instanceof MessagingException)
                && reason.getCause() != null) {
            reason = reason.getCause();
        }
        return reason;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
