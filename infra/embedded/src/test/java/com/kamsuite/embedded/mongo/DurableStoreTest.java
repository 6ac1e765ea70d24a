package com.kamsuite.embedded.mongo;

import com.kamsuite.embedded.Ports;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The file store of the embedded default: an acknowledged write is on disk, a compound _id filter finds it. */
class DurableStoreTest {

    private static final int WRITES = 300;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesAKillMinus9OfTheStoreProcess() throws Exception {
        // Was: the H2 file store committed about once a second, so the writes of the last second were lost.
        Path file = dir.resolve("kam.mv");
        int port = Ports.free();
        Process store = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreProcess.class.getName(), file.toString(), String.valueOf(port))
                .redirectErrorStream(true).start();
        try {
            awaitReady(store);
            try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
                MongoCollection<Document> customers = client.getDatabase("kam").getCollection("customers");
                for (int i = 0; i < WRITES; i++) {
                    customers.insertOne(new Document("_id", "c-" + i).append("version", 1L));
                    customers.updateOne(Filters.and(Filters.eq("_id", "c-" + i), Filters.eq("version", 1L)),
                            Updates.set("version", 2L));
                }
            }
        } finally {
            store.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        try (MongoEndpoint reopened = MongoEndpoint.persistent(file, 0);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            MongoCollection<Document> customers = client.getDatabase("kam").getCollection("customers");
            assertThat(customers.countDocuments(Filters.eq("version", 2L))).isEqualTo(WRITES);
        }
    }

    @Test
    void aFilterOnTheIdAndOtherFieldsFindsExactlyWhatMatchesOnBothBackends() {
        try (MongoEndpoint memory = MongoEndpoint.inMemory(0);
             MongoEndpoint persistent = MongoEndpoint.persistent(dir.resolve("ids.mv"), 0)) {
            for (MongoEndpoint endpoint : new MongoEndpoint[]{memory, persistent}) {
                try (MongoClient client = MongoClients.create(endpoint.connectionString())) {
                    MongoCollection<Document> orders = client.getDatabase("kam").getCollection("orders");
                    orders.insertOne(new Document("_id", "a").append("version", 1L).append("outbox", java.util.List.of()));
                    orders.insertOne(new Document("_id", "b").append("version", 3L).append("outbox", java.util.List.of("e")));

                    assertThat(orders.find(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1L))).first()).isNotNull();
                    assertThat(orders.find(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 2L))).first()).isNull();
                    assertThat(orders.find(Filters.and(Filters.in("_id", "a", "b"), Filters.size("outbox", 0))).into(new java.util.ArrayList<>()))
                            .extracting(d -> d.get("_id")).containsExactly("a");
                    assertThat(orders.updateOne(Filters.and(Filters.eq("_id", "b"), Filters.eq("version", 2L)), Updates.set("version", 4L))
                            .getMatchedCount()).isZero();
                    assertThat(orders.updateOne(Filters.and(Filters.eq("_id", "b"), Filters.eq("version", 3L)), Updates.set("version", 4L))
                            .getModifiedCount()).isEqualTo(1);
                    assertThat(orders.deleteOne(Filters.and(Filters.eq("_id", "b"), Filters.size("outbox", 0))).getDeletedCount()).isZero();
                }
            }
        }
    }

    private static void awaitReady(Process store) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(store.getInputStream(), StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals("ready")) {
                return;
            }
        }
        throw new IllegalStateException("the store process ended before it was ready");
    }
}
