package com.kamsuite.embedded.test;

import com.kamsuite.embedded.EmbeddedInfrastructure;
import com.mongodb.ConnectionString;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.util.List;

/**
 * Connects a Spring Boot test to the embedded infrastructure: a real Kafka broker in this JVM and the MongoDB
 * endpoint. {@link ContainersInfrastructureConfiguration} is the same for real containers where Docker exists.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestIdentityConfiguration.class)
public class EmbeddedInfrastructureConfiguration {

    @Bean
    KafkaConnectionDetails kafkaConnectionDetails() {
        String bootstrapServers = EmbeddedInfrastructure.shared().kafkaBootstrapServers();
        return () -> List.of(bootstrapServers);
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails() {
        ConnectionString connectionString = new ConnectionString(EmbeddedInfrastructure.shared().mongoConnectionString());
        return () -> connectionString;
    }
}
