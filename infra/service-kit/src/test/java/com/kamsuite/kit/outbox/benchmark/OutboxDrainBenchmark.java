package com.kamsuite.kit.outbox.benchmark;

import com.kamsuite.embedded.EmbeddedInfrastructure;
import com.kamsuite.events.Topics;
import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.kit.outbox.OutboxRelay;
import com.kamsuite.kit.testapp.TestCustomer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Not a test: how fast the outbox relay drains a backlog, against the raw broker's pipelined rate on the same topic
 * setup (3 partitions, {@code acks=all}, idempotence), both measured in this run on a fresh embedded infrastructure.
 * Run by hand:
 * <pre>./mvnw -q -pl infra/service-kit -am test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=com.kamsuite.kit.outbox.benchmark.OutboxDrainBenchmark -Dexec.args="50000"</pre>
 * or with {@code java -cp} over the test class path. The backlog is written through {@link AggregateStore} with a
 * relay that is not running (as after a crash), then a started relay's start-up sweep publishes and removes all of
 * it; the drain is timed from the start until the topic holds every event and no document an outbox.
 */
public final class OutboxDrainBenchmark {

    private static final String TOPIC = Topics.CUSTOMER;

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.shared();
        String bootstrap = infrastructure.kafkaBootstrapServers();
        Map<String, Object> producer = Map.of("bootstrap.servers", bootstrap, "acks", "all", "enable.idempotence", true,
                "max.in.flight.requests.per.connection", 5, "key.serializer", StringSerializer.class,
                "value.serializer", ByteArraySerializer.class);
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap));
             MongoClient client = MongoClients.create(infrastructure.mongoConnectionString())) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1), new NewTopic("kam.bench.raw.v1", 3, (short) 1))).all().get();
            double raw = rawRate(producer, events);

            MongoTemplate mongo = new MongoTemplate(client, "outbox-bench");
            KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
            OutboxRelay crashed = relay(mongo, kafka, "crashed");
            AggregateStore store = new AggregateStore(mongo, crashed, Clock.systemUTC(), "/kam/bench", false);
            long writing = System.nanoTime();
            for (int i = 0; i < events; i++) {
                store.save(TestCustomer.register("c-" + i, "Benchmark Customer " + i, "div-a"));
            }
            System.out.printf("backlog of %,d events written in %.1f s%n", events, (System.nanoTime() - writing) / 1e9);

            OutboxRelay relay = relay(mongo, kafka, "draining");
            new AggregateStore(mongo, relay, Clock.systemUTC(), "/kam/bench", false).collectionOf(TestCustomer.class);
            String collection = store.collectionOf(TestCustomer.class);
            Query waiting = Query.query(where("outbox").exists(true));
            long start = System.nanoTime();
            relay.start(); // its start-up sweep takes the whole backlog
            // Watched on the broker, not the store: a query for waiting outboxes would scan the stand-in's
            // collection and hold its lock against the relay.
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(20))
                    .until(() -> published(admin) >= events);
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !mongo.exists(waiting, collection));
            double seconds = (System.nanoTime() - start) / 1e9;
            relay.stop();
            int published = events;
            double drain = published / seconds;
            System.out.printf("raw pipelined producer: %,.0f records/s%n", raw);
            System.out.printf("outbox relay drain:     %,.0f events/s (%,d in %.1f s) = %.2f x raw (target >= 0.20)%n",
                    drain, published, seconds, drain / raw);
        }
        System.exit(0);
    }

    private static OutboxRelay relay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, String instance) {
        return new OutboxRelay(mongo, kafka, Clock.systemUTC(), instance, Duration.ofSeconds(30), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofMinutes(5));
    }

    private static long published(Admin admin) throws Exception {
        var partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().stream()
                .collect(java.util.stream.Collectors.toMap(p -> new org.apache.kafka.common.TopicPartition(TOPIC, p.partition()),
                        p -> org.apache.kafka.clients.admin.OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }

    private static double rawRate(Map<String, Object> settings, int records) throws Exception {
        byte[] value = "{\"customerId\":\"c-0\",\"legalName\":\"Benchmark Customer 0\",\"divisionId\":\"div-a\"}"
                .getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>("kam.bench.raw.v1", "warm-up", value)).get();
            long start = System.nanoTime();
            List<Future<?>> sent = new ArrayList<>(records);
            for (int i = 0; i < records; i++) {
                sent.add(producer.send(new ProducerRecord<>("kam.bench.raw.v1", "c-" + i, value)));
            }
            for (Future<?> future : sent) {
                future.get();
            }
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }
}
