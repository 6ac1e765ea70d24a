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
        OutboxRelay crashed = relay("kit-test-crashed");
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

        OutboxRelay restarted = relay("kit-test-crashed");
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
    void afterARestartTheLeftoversOfAnyAgeArePublishedAtOnceWithoutASweepBeingAskedFor() {
        // Was: the start-up sweep took only entries older than a 30 s grace, the next sweep came 5 min later.
        OutboxRelay crashed = relay("crashed-instance");
        AggregateStore beforeCrash = new AggregateStore(mongo, crashed, Clock.systemUTC(), "/kam/kit-test", true);
        String id = "c-" + UUID.randomUUID();
        beforeCrash.save(TestCustomer.register(id, "Delta Compressors AG", "div-a"));

        OutboxRelay restarted = relay("crashed-instance");
        new AggregateStore(mongo, restarted, Clock.systemUTC(), "/kam/kit-test", true).collectionOf(TestCustomer.class);
        long startedAt = System.currentTimeMillis();
        restarted.start();
        try {
            List<ConsumerRecord<String, byte[]>> published = read(Set.of(id), 1);
            assertThat(published).hasSize(1);
            assertThat(published.get(0).timestamp() - startedAt).as("ms from start to publication").isLessThanOrEqualTo(5_000);
        } finally {
            restarted.stop();
        }
    }

    @Test
    void anOutboxClaimedByAnotherLiveInstanceIsLeftToItAndTakenOverByTheSameInstanceAfterItsRestart() {
        OutboxRelay crashed = relay("instance-a");
        AggregateStore beforeCrash = new AggregateStore(mongo, crashed, Clock.systemUTC(), "/kam/kit-test", true);
        String id = "c-" + UUID.randomUUID();
        beforeCrash.save(TestCustomer.register(id, "Epsilon Motors GmbH", "div-a"));
        String collection = beforeCrash.collectionOf(TestCustomer.class);
        // instance-a died in the middle of publishing this outbox: its claim holds for another hour.
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)),
                new org.springframework.data.mongodb.core.query.Update().set(OutboxRelay.LEASE_OWNER, "instance-a")
                        .set(OutboxRelay.LEASE_UNTIL, java.util.Date.from(java.time.Instant.now().plus(Duration.ofHours(1)))),
                collection);

        OutboxRelay other = relay("instance-b");
        other.sweep(collection);
        other.start();
        try {
            other.sweepNow();
            assertThat(mongo.findById(id, org.bson.Document.class, collection)).containsKey("outbox");
        } finally {
            other.stop();
        }

        OutboxRelay sameAgain = relay("instance-a");
        sameAgain.sweep(collection);
        sameAgain.start();
        try {
            assertThat(read(Set.of(id), 1)).hasSize(1);
        } finally {
            sameAgain.stop();
        }
    }

    @Test
    void manyAggregatesWrittenAtOnceHaveEveryEventPublishedInOrderPerAggregateAndNoOutboxLeft() throws Exception {
        List<String> ids = java.util.stream.IntStream.range(0, 300).mapToObj(i -> "c-" + UUID.randomUUID()).toList();
        var writers = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<TestCustomer>> writes = ids.stream().map(id -> writers.submit(() -> {
            TestCustomer customer = store.save(TestCustomer.register(id, "Zeta Pumps " + id, "div-a"));
            customer.mergeInto("c-survivor");
            return store.save(customer);
        })).toList();
        for (var write : writes) {
            write.get();
        }
        writers.shutdown();

        List<ConsumerRecord<String, byte[]>> records = read(Set.copyOf(ids), 600);

        java.util.Map<String, List<String>> sequences = new java.util.HashMap<>();
        records.forEach(r -> sequences.computeIfAbsent(r.key(), k -> new java.util.ArrayList<>()).add(TopicReader.header(r, "ce_sequence")));
        assertThat(sequences).hasSize(300).allSatisfy((id, sequence) -> assertThat(sequence).containsExactly("1", "2"));
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(mongo.count(
                org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").in(ids).and("outbox").exists(true)),
                store.collectionOf(TestCustomer.class))).isZero());
    }

    private OutboxRelay relay(String instance) {
        return new OutboxRelay(mongo, kafka, Clock.systemUTC(), instance, Duration.ofSeconds(10), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofSeconds(30));
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
