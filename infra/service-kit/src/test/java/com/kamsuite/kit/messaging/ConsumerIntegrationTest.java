package com.kamsuite.kit.messaging;

import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import com.kamsuite.events.Topics;
import com.kamsuite.kit.KitIntegrationTest;
import com.kamsuite.embedded.test.TopicReader;
import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.kit.testapp.CustomerReplica;
import com.kamsuite.kit.testapp.TestCustomer;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer side on the real broker: idempotence, bounded retries, the dead-letter topic, its log and counter. */
class ConsumerIntegrationTest extends KitIntegrationTest {

    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.CUSTOMER, "kit-test");

    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaConnectionDetails kafkaConnection;
    @Autowired
    CustomerReplica replica;
    @Autowired
    MeterRegistry meters;

    KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void producer() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap(),
                "acks", "all"), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void malformedAndUnknownRecordsGoStraightToTheDeadLetterTopicAndTheNextRecordOfThePartitionIsProcessed() throws Exception {
        String key = "c-" + UUID.randomUUID();
        RecordMetadata notJson = send(key, validHeaders(key, "kam.customer.registered.v1"), "{not json");
        RecordMetadata unknownType = send(key, validHeaders(key, "kam.customer.teleported.v1"), "{}");
        RecordMetadata noCloudEvent = send(key, List.of(), "{\"customerId\":\"" + key + "\"}");
        RecordMetadata missingField = send(key, validHeaders(key, "kam.customer.registered.v1"), "{\"customerId\":\"" + key + "\"}");
        send(key, validHeaders(key, "kam.customer.registered.v1"),
                "{\"customerId\":\"" + key + "\",\"legalName\":\"Valid After Poison\",\"registeredByDivision\":\"div-a\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(replicaOf(key)).containsEntry("legalName", "Valid After Poison"));
        List<ConsumerRecord<String, byte[]>> deadLetters = TopicReader.read(bootstrap(),
                DEAD_LETTERS, record -> key.equals(record.key()), 4);
        assertThat(deadLetters).extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .containsExactly("{not json", "{}", "{\"customerId\":\"" + key + "\"}", "{\"customerId\":\"" + key + "\"}");
        assertThat(deadLetters).extracting(record -> TopicReader.header(record, "kafka_dlt-exception-cause-fqcn"))
                .containsExactly(MalformedEventException.class.getName(), UnknownEventTypeException.class.getName(),
                        MalformedEventException.class.getName(), MalformedEventException.class.getName());
        for (RecordMetadata refused : List.of(notJson, unknownType, noCloudEvent, missingField)) {
            assertThat(replica.deliveriesOf(refused.partition(), refused.offset())).as("deliveries of a refused record").isEqualTo(1);
        }
    }

    @Test
    void aPassingFailureIsRetriedAndALastingOneEndsInTheDeadLetterTopicAfterBoundedRetries() throws Exception {
        String passing = "c-" + UUID.randomUUID();
        String lasting = "c-" + UUID.randomUUID();
        store.save(TestCustomer.register(lasting, "FAIL-ALWAYS " + lasting, "div-a"));
        store.save(TestCustomer.register(passing, "FAIL-TWICE " + passing, "div-a"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(replicaOf(passing)).containsEntry("timesApplied", 1));
        List<ConsumerRecord<String, byte[]>> deadLetters = TopicReader.read(bootstrap(),
                DEAD_LETTERS, record -> lasting.equals(record.key()), 1);
        assertThat(deadLetters).hasSize(1);
        assertThat(TopicReader.header(deadLetters.get(0), "kafka_dlt-exception-cause-fqcn")).isEqualTo(IllegalStateException.class.getName());
        assertThat(TopicReader.header(deadLetters.get(0), "ce_type")).isEqualTo("kam.customer.registered.v1");
        assertThat(replicaOf(lasting)).isNull();
    }

    @Test
    void theSameEventDeliveredTwiceOrReplayedFromOffsetZeroChangesNothingTheSecondTime() throws Exception {
        String key = "c-" + UUID.randomUUID();
        List<RecordHeader> headers = validHeaders(key, "kam.customer.registered.v1");
        String json = "{\"customerId\":\"" + key + "\",\"legalName\":\"Twice Delivered Ltd.\",\"registeredByDivision\":\"div-a\"}";
        send(key, headers, json);
        send(key, headers, json);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(replicaOf(key)).containsEntry("timesApplied", 1));

        List<ConsumerRecord<String, byte[]>> wholeTopic = TopicReader.read(bootstrap(),
                Topics.CUSTOMER, record -> key.equals(record.key()), 2);
        for (ConsumerRecord<String, byte[]> record : wholeTopic) {
            replica.handlers().dispatch(record);
        }
        assertThat(replicaOf(key)).containsEntry("timesApplied", 1).containsEntry("legalName", "Twice Delivered Ltd.");
    }

    @Test
    void aDeadLetteredRecordIsOneWarningWithItsPositionTypeAndReasonAndIsCountedByTopicAndCause() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(DeadLetters.class);
        logger.addAppender(log);
        try {
            double before = deadLettered(MalformedEventException.class);
            String key = "c-" + UUID.randomUUID();
            RecordMetadata poison = send(key, validHeaders(key, "kam.customer.registered.v1"), "{not json");
            String position = Topics.CUSTOMER + "-" + poison.partition() + "@" + poison.offset();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(deadLettered(MalformedEventException.class)).isEqualTo(before + 1));
            assertThat(log.list).filteredOn(event -> event.getFormattedMessage().contains(position)).singleElement()
                    .satisfies(event -> {
                        assertThat(event.getLevel()).isEqualTo(Level.WARN);
                        assertThat(event.getFormattedMessage()).contains("kam.customer.registered.v1",
                                "MalformedEventException", DEAD_LETTERS);
                        assertThat(event.getKeyValuePairs()).extracting(pair -> pair.key + "=" + pair.value).contains(
                                "topic=" + Topics.CUSTOMER, "partition=" + poison.partition(), "offset=" + poison.offset(),
                                "ce_type=kam.customer.registered.v1", "reason=MalformedEventException");
                    });
        } finally {
            logger.detachAppender(log);
        }
    }

    private double deadLettered(Class<? extends Exception> cause) {
        Counter counter = meters.find(DeadLetters.COUNTER)
                .tags("topic", Topics.CUSTOMER, "group", "kit-test", "cause", cause.getSimpleName()).counter();
        return counter == null ? 0 : counter.count();
    }

    private Document replicaOf(String id) {
        return mongo.findById(id, Document.class, CustomerReplica.COLLECTION);
    }

    private RecordMetadata send(String key, List<RecordHeader> headers, String value) throws Exception {
        var record = new ProducerRecord<>(Topics.CUSTOMER, null, key, value.getBytes(StandardCharsets.UTF_8),
                headers.stream().map(h -> (org.apache.kafka.common.header.Header) h).toList());
        return producer.send(record).get();
    }

    private static List<RecordHeader> validHeaders(String subject, String type) {
        return List.of(
                header("ce_specversion", "1.0"),
                header("ce_id", UUID.randomUUID().toString()),
                header("ce_source", "/kam/test-producer"),
                header("ce_type", type),
                header("ce_subject", subject),
                header("ce_time", "2026-11-23T10:00:00Z"),
                header("ce_divisionid", "div-a"),
                header("ce_sequence", "1"),
                header("content-type", "application/json"));
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private String bootstrap() {
        return String.join(",", kafkaConnection.getBootstrapServers());
    }
}
