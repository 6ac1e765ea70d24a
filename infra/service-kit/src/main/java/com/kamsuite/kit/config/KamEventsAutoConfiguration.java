package com.kamsuite.kit.config;

import com.kamsuite.events.Topics;
import com.kamsuite.kit.lock.LeaseLocks;
import com.kamsuite.kit.messaging.ConsumerBindings;
import com.kamsuite.kit.messaging.Projections;
import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.kit.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Outbox, idempotent projections, the consumer bindings' error policy and the topics, for every service. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
public class KamEventsAutoConfiguration {

    static final List<String> SUITE_TOPICS = List.of(Topics.CUSTOMER, Topics.OPPORTUNITY, Topics.FORECAST, Topics.ORG,
            Topics.QUOTA, Topics.INCENTIVE, Topics.FORECAST_PUBLISHED, Topics.FORECAST_PUBLISHED_V2);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, Clock clock,
                            @Value("${spring.application.name}") String applicationName,
                            @Value("${server.port:8080}") String port,
                            @Value("${kam.outbox.send-timeout:10s}") Duration sendTimeout,
                            @Value("${kam.outbox.retry-interval:5s}") Duration retryInterval,
                            @Value("${kam.outbox.sweep-interval:5m}") Duration sweepInterval,
                            @Value("${kam.outbox.lease:30s}") Duration lease) {
        String instance = applicationName + "@" + hostName() + ":" + port;
        return new OutboxRelay(mongo, kafka, clock, instance, sendTimeout, retryInterval, sweepInterval, lease);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
    }

    @Bean
    @ConditionalOnMissingBean
    LeaseLocks leaseLocks(MongoTemplate mongo, @Value("${kam.locks.lease:30s}") Duration lease,
                          @Value("${kam.locks.wait:5s}") Duration wait) {
        return new LeaseLocks(mongo, lease, wait);
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, OutboxRelay relay, Clock clock,
                                  @Value("${spring.application.name}") String applicationName,
                                  @Value("${kam.events.validate-schemas:true}") boolean validateSchemas,
                                  ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        return new AggregateStore(mongo, relay, clock, "/kam/" + applicationName, validateSchemas,
                () -> currentTrace(currentTracer, currentPropagator));
    }

    private static Map<String, String> currentTrace(Tracer tracer, Propagator propagator) {
        TraceContext context = tracer == null || propagator == null ? null : tracer.currentTraceContext().context();
        if (context == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        propagator.inject(context, headers, Map::put);
        return headers;
    }

    @Bean
    Projections projections(MongoTemplate mongo) {
        return new Projections(mongo);
    }

    /**
     * Every consumer binding's error policy (bounded retries with back-off, then the dead-letter topic
     * {@code <topic>.<group>.dlt}; malformed records, unknown types and wrong divisions at once) and client id.
     */
    @Bean
    ConsumerBindings consumerBindings(@Value("${spring.application.name}") String service, ProducerFactory<?, ?> producerFactory,
                                      ObjectProvider<MeterRegistry> meters) {
        return new ConsumerBindings(service, producerFactory, () -> meters.getIfAvailable(() -> Metrics.globalRegistry));
    }

    /** Every topic of the suite and this service's dead-letter topics, created if missing. */
    @Bean
    KafkaAdmin.NewTopics kamTopics(@Value("${spring.cloud.stream.default.group}") String group,
                                   @Value("${kam.topics.partitions:3}") int partitions,
                                   @Value("${kam.topics.replicas:1}") short replicas) {
        var topics = new ArrayList<org.apache.kafka.clients.admin.NewTopic>();
        for (String topic : SUITE_TOPICS) {
            topics.add(TopicBuilder.name(topic).partitions(partitions).replicas(replicas).build());
            topics.add(TopicBuilder.name(Topics.deadLetter(topic, group)).partitions(1).replicas(replicas).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
    }
}
