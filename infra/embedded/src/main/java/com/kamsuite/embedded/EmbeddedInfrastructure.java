package com.kamsuite.embedded;

import com.kamsuite.embedded.kafka.KafkaBroker;
import com.kamsuite.embedded.mongo.MongoEndpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One Kafka broker and one MongoDB endpoint for every test of a JVM, started on first use and stopped when
 * the JVM ends. The local run starts the same {@link KafkaBroker} and {@link MongoEndpoint} with files that last.
 */
public final class EmbeddedInfrastructure {

    private static volatile EmbeddedInfrastructure shared;

    private final KafkaBroker kafka;
    private final MongoEndpoint mongo;
    private final Path dataDir;

    private EmbeddedInfrastructure(KafkaBroker kafka, MongoEndpoint mongo, Path dataDir) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.dataDir = dataDir;
    }

    public static EmbeddedInfrastructure shared() {
        if (shared == null) {
            synchronized (EmbeddedInfrastructure.class) {
                if (shared == null) {
                    shared = startTemporary();
                    Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "embedded-infrastructure-stop"));
                }
            }
        }
        return shared;
    }

    private static EmbeddedInfrastructure startTemporary() {
        try {
            Path dataDir = Files.createTempDirectory("kam-test-infra");
            KafkaBroker kafka = KafkaBroker.start(dataDir.resolve("kafka"), 0);
            MongoEndpoint mongo = MongoEndpoint.inMemory(0);
            return new EmbeddedInfrastructure(kafka, mongo, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    private void stop() {
        mongo.close();
        kafka.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
