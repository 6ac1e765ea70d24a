package com.kamsuite.embedded.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol endpoint (mongo-java-server). It stands in for MongoDB on a machine without one:
 * no multi-document transactions, no $text, no collation, no TTL expiry; see ARCHITECTURE.md. Two adjustments make
 * it fit for load: a filter on {@code _id} and other fields uses the {@code _id} index ({@link IdFirstQuery}), and
 * the file store commits every write before answering it ({@link DurableH2Backend}).
 */
public final class MongoEndpoint implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoEndpoint.class);

    private final MongoServer server;
    private final InetSocketAddress address;

    private MongoEndpoint(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** An endpoint whose data lives in memory and ends with it; port 0 picks a free port. */
    public static MongoEndpoint inMemory(int port) {
        return start(new IdIndexedMemoryBackend(), port, "memory");
    }

    /** An endpoint whose data lives in an H2 file, so it survives a restart. */
    public static MongoEndpoint persistent(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(new DurableH2Backend(file.toAbsolutePath().toString()), port, file.toString());
    }

    private static MongoEndpoint start(MongoBackend backend, int port, String where) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = port == 0 ? server.bind() : bind(server, port);
        log.info("MongoDB endpoint (mongo-java-server) listening on {}, data in {}", address, where);
        return new MongoEndpoint(server, address);
    }

    private static InetSocketAddress bind(MongoServer server, int port) {
        server.bind("0.0.0.0", port);
        return new InetSocketAddress("localhost", port);
    }

    /** A connection string without a database; each service chooses its own. */
    public String connectionString() {
        return "mongodb://localhost:" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
