package com.kamsuite.local;

import com.kamsuite.embedded.Ports;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the embedded default runs: its data directory, its ports (each overridable by an environment variable), and
 * whether Kafka or MongoDB are external ({@code KAM_KAFKA_BOOTSTRAP}, {@code KAM_MONGODB_URI}).
 */
public record SuiteSettings(Path home, Path dataDir, int gatewayPort, int kafkaPort, int mongoPort, int identityPort,
                            int consolePort, Map<String, Integer> servicePorts, String externalKafka, String externalMongo, boolean loadDemo) {

    /** The four services, in the order their ports are numbered. */
    public static final List<String> SERVICES = List.of("customer-service", "opportunity-service", "forecast-service",
            "team-incentive-service");

    public static SuiteSettings fromEnvironment(Path home) {
        Map<String, String> env = System.getenv();
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            String service = SERVICES.get(i);
            servicePorts.put(service, port(env, "KAM_" + service.toUpperCase().replace('-', '_') + "_PORT", 8081 + i));
        }
        return new SuiteSettings(home, home.resolve(".kam"), port(env, "KAM_GATEWAY_PORT", 8080), port(env, "KAM_KAFKA_PORT", 9092),
                port(env, "KAM_MONGODB_PORT", 27017), port(env, "KAM_IDENTITY_PORT", 9000), port(env, "KAM_CONSOLE_PORT", 8088),
                servicePorts,
                blankToNull(env.get("KAM_KAFKA_BOOTSTRAP")), blankToNull(env.get("KAM_MONGODB_URI")), true);
    }

    /** Free ports for everything, for a test that must not collide with a suite already running. */
    public static SuiteSettings onFreePorts(Path home, Path dataDir, boolean loadDemo) {
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        SERVICES.forEach(service -> servicePorts.put(service, Ports.free()));
        return new SuiteSettings(home, dataDir, Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), servicePorts,
                null, null, loadDemo);
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    public String consoleUrl() {
        return "http://localhost:" + consolePort;
    }

    public String issuer() {
        return "http://localhost:" + identityPort;
    }

    public String kafkaBootstrap() {
        return externalKafka != null ? externalKafka : "localhost:" + kafkaPort;
    }

    public String mongoUri() {
        return externalMongo != null ? externalMongo : "mongodb://localhost:" + mongoPort;
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
