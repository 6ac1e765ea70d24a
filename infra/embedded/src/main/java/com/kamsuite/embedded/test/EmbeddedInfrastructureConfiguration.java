package com.kamsuite.embedded.test;

import com.kamsuite.embedded.EmbeddedInfrastructure;
import com.mongodb.ConnectionString;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Connects a Spring Boot test to the embedded infrastructure: a real Kafka broker in this JVM and the MongoDB
 * endpoint. {@link ContainersInfrastructureConfiguration} is the same for real containers where Docker exists.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestIdentityConfiguration.class)
public class EmbeddedInfrastructureConfiguration {

    /**
     * The broker as {@code spring.kafka.bootstrap-servers} rather than a {@code KafkaConnectionDetails} bean: Spring
     * Cloud Stream's Kafka binder reads the property (in its own context) and ignores the connection details while
     * the property has its default. Boot derives its connection details from the property, so both agree.
     */
    @Bean
    DynamicPropertyRegistrar embeddedKafka() {
        return registry -> registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfrastructure.shared().kafkaBootstrapServers());
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails() {
        ConnectionString connectionString = new ConnectionString(EmbeddedInfrastructure.shared().mongoConnectionString());
        return () -> connectionString;
    }
}
