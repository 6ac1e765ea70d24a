package com.kamsuite.opportunity.customerref.benchmark;

import com.kamsuite.embedded.EmbeddedInfrastructure;
import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.EventJson;
import com.kamsuite.events.EventType;
import com.kamsuite.events.Topics;
import com.kamsuite.events.customer.CustomerClassified;
import com.kamsuite.events.customer.CustomerRegistered;
import com.kamsuite.kit.outbox.OutboxEntry;
import com.kamsuite.opportunity.OpportunityServiceApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Not a test: how many records per second one consumer binding of opportunity-service (the customer topic, consumer
 * group {@code opportunity-service}) takes on the embedded broker and MongoDB endpoint. Run by hand:
 * <pre>./mvnw -q -pl opportunity-service test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=com.kamsuite.opportunity.customerref.benchmark.ConsumerThroughputBenchmark -Dexec.args="20000 2000 5"</pre>
 * (arguments: records per round of the mechanism scenario, of the replica scenario, rounds), or with {@code java -cp}
 * over the test class path. On a fresh embedded infrastructure it first publishes the whole backlog with a plain
 * pipelined producer, then starts the real service and times its drain: the moments the group's committed offsets
 * pass each round's last record. A round's rate is its records over the time between its first and its last commit
 * boundary. Two scenarios, one after the other in the backlog, each after a warm-up round (which also takes the
 * group's join and the JIT's warm-up):
 * <ul>
 *   <li><b>mechanism</b>: {@code kam.customer.classified.v1}, a type this binding reads and skips (poll, CloudEvent read
 *   from the record's bytes and headers, dispatch, commit): the cost of the consumer mechanism itself;</li>
 *   <li><b>replica</b>: {@code kam.customer.registered.v1} of new customers, each applied to the customer references
 *   (one idempotent upsert in MongoDB): the consumer as it works. Kept smaller by default: the embedded endpoint
 *   answers the projection's {@code _id}-plus-sequence filter with a scan, so it slows as the replica grows.</li>
 * </ul>
 */
public final class ConsumerThroughputBenchmark {

    private static final String GROUP = "opportunity-service";

    private record Round(String scenario, int records) {
    }

    public static void main(String[] args) throws Exception {
        int mechanismRecords = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int replicaRecords = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;

        List<Round> plan = new ArrayList<>();
        plan.add(new Round("warm-up mechanism", 2 * mechanismRecords));
        for (int i = 0; i < rounds; i++) {
            plan.add(new Round("mechanism", mechanismRecords));
        }
        plan.add(new Round("warm-up replica", replicaRecords / 4));
        for (int i = 0; i < rounds; i++) {
            plan.add(new Round("replica", replicaRecords));
        }

        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.shared();
        String bootstrap = infrastructure.kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            // as the service creates it (kam.topics.partitions), before the backlog is published
            admin.createTopics(List.of(new NewTopic(Topics.CUSTOMER, 3, (short) 1))).all().get();
            long total = publish(bootstrap, plan);
            long start = System.nanoTime();
            try (ConfigurableApplicationContext service = new SpringApplicationBuilder(OpportunityServiceApplication.class)
                    .run("--spring.kafka.bootstrap-servers=" + bootstrap,
                            "--spring.mongodb.uri=" + infrastructure.mongoConnectionString(),
                            "--server.port=0", "--logging.level.root=WARN")) {
                System.out.printf("service started in %.1f s%n", (System.nanoTime() - start) / 1e9);
                long[] passedAt = new long[plan.size()];
                long boundary = 0;
                int next = 0;
                while (next < plan.size()) {
                    long committed = committed(admin);
                    long now = System.nanoTime();
                    while (next < plan.size() && committed >= boundary + plan.get(next).records()) {
                        boundary += plan.get(next).records();
                        passedAt[next++] = now;
                    }
                    Thread.sleep(10);
                }
                report(plan, passedAt, start);
                if (boundary != total) {
                    throw new IllegalStateException("committed " + boundary + " of " + total);
                }
            }
        }
        System.exit(0);
    }

    private static long publish(String bootstrap, List<Round> plan) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap, "acks", "all",
                "linger.ms", 5, "enable.idempotence", true), new StringSerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            long records = 0;
            int round = 0;
            for (Round step : plan) {
                Function<String, OutboxEntry> event = step.scenario().endsWith("replica")
                        ? ConsumerThroughputBenchmark::registered : ConsumerThroughputBenchmark::classified;
                round++;
                for (int i = 0; i < step.records(); i++) {
                    producer.send(event.apply("bench-" + round + "-" + i).toRecord());
                }
                records += step.records();
            }
            producer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("backlog of %d records published in %.1f s (%.0f records/s)%n", records, seconds, records / seconds);
            return records;
        }
    }

    private static void report(List<Round> plan, long[] passedAt, long start) {
        System.out.printf("%n%-18s %8s %9s %12s%n", "round", "records", "seconds", "records/s");
        Map<String, List<Double>> rates = new java.util.LinkedHashMap<>();
        long previous = start;
        for (int i = 0; i < plan.size(); i++) {
            double seconds = (passedAt[i] - previous) / 1e9;
            double rate = plan.get(i).records() / seconds;
            System.out.printf("%-18s %8d %9.2f %12.0f%n", plan.get(i).scenario(), plan.get(i).records(), seconds, rate);
            if (!plan.get(i).scenario().startsWith("warm-up")) {
                rates.computeIfAbsent(plan.get(i).scenario(), k -> new ArrayList<>()).add(rate);
            }
            previous = passedAt[i];
        }
        rates.forEach((scenario, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            System.out.printf("median %-11s %.0f records/s%n", scenario, sorted.get(sorted.size() / 2));
        });
    }

    private static long committed(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
        return offsets.entrySet().stream().filter(entry -> entry.getKey().topic().equals(Topics.CUSTOMER) && entry.getValue() != null)
                .mapToLong(entry -> entry.getValue().offset()).sum();
    }

    private static OutboxEntry registered(String customerId) {
        return entry(EventCatalog.CUSTOMER_REGISTERED, customerId,
                new CustomerRegistered(customerId, "REG-" + customerId, "Benchmark Customer " + customerId, "ENERGY", "SOUTH",
                        "ENTERPRISE", null, "div-bench"));
    }

    private static OutboxEntry classified(String customerId) {
        return entry(EventCatalog.CUSTOMER_CLASSIFIED, customerId,
                new CustomerClassified(customerId, "div-bench", "A", "B", new BigDecimal("81.5"), List.of("revenue")));
    }

    private static OutboxEntry entry(EventType<?> type, String customerId, Object data) {
        return new OutboxEntry(UUID.randomUUID().toString(), type.name(), type.topic(), customerId, "div-bench", 1,
                Instant.now(), "/kam/benchmark", new String(EventJson.write(data), StandardCharsets.UTF_8));
    }
}
