package com.kamsuite.embedded;

import com.kamsuite.embedded.kafka.KafkaBroker;
import com.kamsuite.embedded.mongo.MongoEndpoint;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedInfrastructureTest {

    @TempDir
    Path dir;

    @Test
    void theBrokerKeepsItsRecordsAcrossARestart() throws Exception {
        int port = Ports.free();
        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("kafka"), port);
             var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", broker.bootstrapServers(), "acks", "all"),
                     new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("kam.test.v1", "k", "before restart")).get();
        }

        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("kafka"), port)) {
            assertThat(readAll(broker.bootstrapServers(), "kam.test.v1")).containsExactly("before restart");
        }
    }

    @Test
    void thePersistentMongoEndpointKeepsItsDocumentsAcrossARestart() {
        Path file = dir.resolve("mongo/kam.mv.db");
        try (MongoEndpoint endpoint = MongoEndpoint.persistent(file, 0);
             MongoClient client = MongoClients.create(endpoint.connectionString())) {
            client.getDatabase("kam").getCollection("things").insertOne(new Document("_id", "a").append("n", 1));
        }

        try (MongoEndpoint endpoint = MongoEndpoint.persistent(file, 0);
             MongoClient client = MongoClients.create(endpoint.connectionString())) {
            assertThat(client.getDatabase("kam").getCollection("things").find().first()).containsEntry("n", 1);
        }
    }

    @Test
    void aTakenPortIsReportedWithWhatToDo() throws Exception {
        try (MongoEndpoint endpoint = MongoEndpoint.inMemory(0)) {
            assertThatThrownBy(() -> Ports.requireFree(endpoint.port(), "MongoDB", "KAM_MONGODB_PORT"))
                    .isInstanceOf(Ports.PortTakenException.class)
                    .hasMessageContaining(String.valueOf(endpoint.port()))
                    .hasMessageContaining("KAM_MONGODB_PORT");
        }
    }

    private static List<String> readAll(String bootstrap, String topic) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap, "group.id", "reader",
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }
}
