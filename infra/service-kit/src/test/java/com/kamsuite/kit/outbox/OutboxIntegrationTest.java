package com.kamsuite.kit.outbox;

import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import com.kamsuite.events.Topics;
import com.kamsuite.kit.KitIntegrationTest;
import com.kamsuite.embedded.test.TopicReader;
import com.kamsuite.kit.testapp.TestCustomer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxIntegrationTest extends KitIntegrationTest {

    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaConnectionDetails kafkaConnection;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void aSavedAggregatePublishesItsEventsAsCloudEventsKeyedByItsIdAndThenForgetsThem() {
        String id = "c-" + UUID.randomUUID();
        TestCustomer customer = store.save(TestCustomer.register(id, "上海电气集团股份有限公司", "div-a"));
        customer.mergeInto("c-survivor");
        store.save(customer);

        List<ConsumerRecord<String, byte[]>> records = read(Set.of(id), 2);

        assertThat(records).extracting(r -> TopicReader.header(r, "ce_type"))
                .containsExactly("kam.customer.registered.v1", "kam.customer.merged.v1");
        ConsumerRecord<String, byte[]> first = records.get(0);
        assertThat(first.key()).isEqualTo(id);
        assertThat(TopicReader.header(first, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(first, "ce_source")).isEqualTo("/kam/kit-test");
        assertThat(TopicReader.header(first, "ce_subject")).isEqualTo(id);
        assertThat(TopicReader.header(first, "ce_divisionid")).isEqualTo("div-a");
        assertThat(TopicReader.header(first, "ce_sequence")).isEqualTo("1");
        assertThat(TopicReader.header(records.get(1), "ce_sequence")).isEqualTo("2");
        assertThat(TopicReader.header(first, "ce_id")).isNotBlank();
        assertThat(new String(first.value())).contains("\"legalName\":\"上海电气集团股份有限公司\"");
        org.awaitility.Awaitility.await().untilAsserted(() ->
                assertThat(mongo.findById(id, org.bson.Document.class, store.collectionOf(TestCustomer.class)))
                        .doesNotContainKey("outbox").doesNotContainKey("outboxSince"));
    }

    @Test
    void afterACrashBetweenWriteAndPublishTheSweeperPublishesExactlyTheEventsOfTheWritesThatHappenedInOrder() {
        // The process "crashes" after its writes: this relay was never started, so nothing is published.
        OutboxRelay crashed = new OutboxRelay(mongo, kafka, Clock.systemUTC(), Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(1), Duration.ZERO);
        AggregateStore beforeCrash = new AggregateStore(mongo, crashed, Clock.systemUTC(), "/kam/kit-test", true);
        String first = "c-" + UUID.randomUUID();
        String second = "c-" + UUID.randomUUID();
        TestCustomer a = beforeCrash.save(TestCustomer.register(first, "Alpha Machinery Co., Ltd.", "div-a"));
        beforeCrash.save(TestCustomer.register(second, "Beta Pumps GmbH", "div-b"));
        TestCustomer staleCopyOfA = beforeCrash.findById(TestCustomer.class, first).orElseThrow();
        a.mergeInto(second);
        beforeCrash.save(a);
        // A write that fails (someone else changed A meanwhile) must publish nothing.
        staleCopyOfA.mergeInto("c-elsewhere");
        assertThatThrownBy(() -> beforeCrash.save(staleCopyOfA)).isInstanceOf(ConcurrentUpdateException.class);
        // So must a write refused by a unique index.
        assertThatThrownBy(() -> beforeCrash.save(TestCustomer.register(second, "Beta again", "div-b")))
                .isInstanceOf(DuplicateKeyException.class);

        OutboxRelay restarted = new OutboxRelay(mongo, kafka, Clock.systemUTC(), Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(1), Duration.ZERO);
        restarted.start();
        try {
            new AggregateStore(mongo, restarted, Clock.systemUTC(), "/kam/kit-test", true).collectionOf(TestCustomer.class);
            restarted.sweepNow();
        } finally {
            restarted.stop();
        }

        List<ConsumerRecord<String, byte[]>> records = read(Set.of(first, second), 3);
        assertThat(records.stream().filter(r -> r.key().equals(first)).map(r -> TopicReader.header(r, "ce_type")))
                .containsExactly("kam.customer.registered.v1", "kam.customer.merged.v1");
        assertThat(records.stream().filter(r -> r.key().equals(second)).map(r -> TopicReader.header(r, "ce_type")))
                .containsExactly("kam.customer.registered.v1");
        assertThat(new String(records.stream().filter(r -> r.key().equals(first)).toList().get(1).value()))
                .contains("\"survivorId\":\"" + second + "\"");
    }

    @Test
    void anEventThatDoesNotMatchItsSchemaIsRefusedBeforeAnythingIsWritten() {
        String id = "c-" + UUID.randomUUID();
        TestCustomer nameless = TestCustomer.register(id, null, "div-a");

        assertThatThrownBy(() -> store.save(nameless)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("legalName");
        assertThat(store.findById(TestCustomer.class, id)).isEmpty();
    }

    private List<ConsumerRecord<String, byte[]>> read(Set<String> keys, int expected) {
        return TopicReader.read(bootstrap(), Topics.CUSTOMER,
                record -> keys.contains(record.key()), expected);
    }

    private String bootstrap() {
        return String.join(",", kafkaConnection.getBootstrapServers());
    }
}
