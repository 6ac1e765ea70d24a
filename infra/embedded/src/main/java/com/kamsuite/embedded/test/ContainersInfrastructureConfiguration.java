package com.kamsuite.embedded.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The real servers: MongoDB 8 (a single-node replica set) and Apache Kafka in containers. Test classes that use
 * it carry {@code @Testcontainers(disabledWithoutDocker = true)}, so without a Docker engine they are reported
 * as skipped ("Disabled because Docker is not available") rather than silently passing.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestIdentityConfiguration.class)
public class ContainersInfrastructureConfiguration {

    @Bean
    KafkaContainer kafkaContainer() {
        return new KafkaContainer("apache/kafka:4.1.2");
    }

    /** As a property, not a service connection: see {@link EmbeddedInfrastructureConfiguration#embeddedKafka()}. */
    @Bean
    DynamicPropertyRegistrar containerKafka(KafkaContainer kafka) {
        return registry -> registry.add("spring.kafka.bootstrap-servers", kafka::getBootstrapServers);
    }

    @Bean
    @ServiceConnection
    MongoDBContainer mongoContainer() {
        return new MongoDBContainer("mongo:8");
    }
}
