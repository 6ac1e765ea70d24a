package com.kamsuite.local;

import com.kamsuite.embedded.Ports;
import com.kamsuite.embedded.kafka.KafkaBroker;
import com.kamsuite.embedded.mongo.MongoEndpoint;
import com.kamsuite.local.demo.DemoDataLoader;
import com.kamsuite.local.identity.DevAuthorizationServer;
import com.kamsuite.local.identity.DevTokens;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole suite on one machine: a Kafka broker and a MongoDB endpoint in this JVM (unless external ones are
 * configured), the development authorisation server in this JVM, and the four services and the gateway each in its
 * own JVM. The local run ({@code ./kam up}) and the end-to-end test start it through this same class.
 */
public final class Suite implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final SuiteSettings settings;
    private final PrintStream out;
    private final long startedAt = System.nanoTime();
    private final List<ServiceProcess> processes = new ArrayList<>();
    private KafkaBroker kafka;
    private MongoEndpoint mongo;
    private ConfigurableApplicationContext identity;
    private volatile boolean closed;

    private Suite(SuiteSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Starts everything and waits until every service is ready; on failure, stops what was started and throws. */
    public static Suite start(SuiteSettings settings, PrintStream out) {
        Suite suite = new Suite(settings, out);
        try {
            suite.startAll();
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    public SuiteSettings settings() {
        return settings;
    }

    public DevTokens tokens() {
        return new DevTokens(settings.issuer());
    }

    /** The pids of the service and gateway JVMs, by name. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        processes.forEach(process -> pids.put(process.name(), process.pid()));
        return pids;
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    private void startAll() {
        checkPortsFree();
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (settings.externalKafka() == null) {
            kafka = KafkaBroker.start(settings.dataDir().resolve("kafka"), settings.kafkaPort());
            progress("Kafka broker (KRaft) ready on " + settings.kafkaBootstrap());
        } else {
            progress("Using the Kafka cluster at " + settings.externalKafka());
        }
        if (settings.externalMongo() == null) {
            mongo = MongoEndpoint.persistent(settings.dataDir().resolve("mongo").resolve("kam.mv.db"), settings.mongoPort());
            progress("MongoDB endpoint ready on " + settings.mongoUri() + " (mongo-java-server, data in " + settings.dataDir().resolve("mongo") + ")");
        } else {
            progress("Using the MongoDB at " + settings.externalMongo());
        }
        startProcesses();
        identity = DevAuthorizationServer.start(settings.identityPort(), settings.consolePort());
        progress("Development authorisation server ready on " + settings.issuer());
        awaitReady();
        if (settings.loadDemo()) {
            loadDemoDataOnce();
        }
    }

    private void checkPortsFree() {
        if (settings.externalKafka() == null) {
            Ports.requireFree(settings.kafkaPort(), "Kafka", "KAM_KAFKA_PORT (or use your Kafka with KAM_KAFKA_BOOTSTRAP)");
        }
        if (settings.externalMongo() == null) {
            Ports.requireFree(settings.mongoPort(), "MongoDB", "KAM_MONGODB_PORT (or use your MongoDB with KAM_MONGODB_URI)");
        }
        Ports.requireFree(settings.identityPort(), "authorisation server", "KAM_IDENTITY_PORT");
        Ports.requireFree(settings.gatewayPort(), "gateway", "KAM_GATEWAY_PORT");
        Ports.requireFree(settings.consolePort(), "console", "KAM_CONSOLE_PORT");
        settings.servicePorts().forEach((service, port) ->
                Ports.requireFree(port, service, "KAM_" + service.toUpperCase().replace('-', '_') + "_PORT"));
    }

    private void startProcesses() {
        Map<String, String> common = new HashMap<>();
        common.put("KAM_KAFKA_BOOTSTRAP", settings.kafkaBootstrap());
        common.put("KAM_MONGODB_URI", settings.mongoUri());
        common.put("KAM_ISSUER_URI", settings.issuer());
        settings.servicePorts().forEach((service, port) ->
                processes.add(ServiceProcess.start(service, jarOf(service), port, common, settings.logDir())));
        Map<String, String> gateway = new HashMap<>(common);
        settings.servicePorts().forEach((service, port) ->
                gateway.put("KAM_" + service.toUpperCase().replace('-', '_') + "_URL", "http://localhost:" + port));
        processes.add(ServiceProcess.start("gateway", jarOf("gateway"), settings.gatewayPort(), gateway, settings.logDir()));
        Map<String, String> console = new HashMap<>();
        console.put("KAM_GATEWAY_URL", settings.gatewayUrl());
        console.put("KAM_ISSUER_URI", settings.issuer());
        console.put("KAM_CONSOLE_CLIENT_ID", DevAuthorizationServer.CONSOLE_CLIENT);
        console.put("KAM_CONSOLE_CLIENT_SECRET", DevAuthorizationServer.CONSOLE_SECRET);
        processes.add(ServiceProcess.start("console", jarOf("console"), settings.consolePort(), console, settings.logDir()));
        progress("Starting " + String.join(", ", processes.stream().map(ServiceProcess::name).toList())
                + " (logs in " + settings.logDir() + ")");
    }

    private Path jarOf(String module) {
        return settings.home().resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT-exec.jar");
    }

    private void awaitReady() {
        List<ServiceProcess> waiting = new ArrayList<>(processes);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!waiting.isEmpty()) {
            for (ServiceProcess process : List.copyOf(waiting)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(process.name() + " stopped while starting. The end of " + process.log()
                            + ":\n" + process.tail(40));
                }
                if (process.isReady()) {
                    waiting.remove(process);
                    progress(process.name() + " ready on http://localhost:" + process.port());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready after " + READY_TIMEOUT.toSeconds() + " s: "
                        + waiting.stream().map(ServiceProcess::name).toList() + "; see " + settings.logDir());
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private void loadDemoDataOnce() {
        Path marker = settings.dataDir().resolve("demo-loaded");
        if (Files.exists(marker)) {
            progress("Demo data already loaded by an earlier run; keeping the data as it is");
            return;
        }
        int steps = new DemoDataLoader(settings.gatewayUrl(), tokens(), this::progress).loadAll();
        try {
            Files.writeString(marker, "loaded " + steps + " steps\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress("Demo data loaded (" + steps + " requests through the gateway)");
    }

    private void progress(String message) {
        out.printf("[%3ds] %s%n", elapsed().toSeconds(), message);
        out.flush();
    }

    /** Stops the services and the gateway (gracefully, then by force), then the authorisation server, MongoDB and Kafka. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<Thread> stopping = processes.stream().map(process -> {
            Thread thread = new Thread(() -> process.stop(Duration.ofSeconds(20)), "stop-" + process.name());
            thread.start();
            return thread;
        }).toList();
        stopping.forEach(Suite::join);
        if (identity != null) {
            identity.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the suite", e);
        }
    }
}
