package com.kamsuite.bench;

import com.kamsuite.local.Suite;
import com.kamsuite.local.SuiteSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The whole suite on the embedded default, as {@code ./kam up} starts it (same launcher, same ports from the same
 * {@code KAM_*_PORT} variables), but on a fresh data directory that is deleted afterwards, so every run measures the
 * same data.
 */
public final class SuiteUnderTest implements AutoCloseable {

    /** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Suite suite;
    private final Path dataDir;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private SuiteUnderTest(Suite suite, Path dataDir) {
        this.suite = suite;
        this.dataDir = dataDir;
    }

    static SuiteUnderTest start(Path home, PrintStream out) {
        SuiteSettings configured = SuiteSettings.fromEnvironment(home);
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("kam-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SuiteSettings settings = new SuiteSettings(home, dataDir, configured.gatewayPort(), configured.kafkaPort(),
                configured.mongoPort(), configured.identityPort(), configured.servicePorts(), null, null, true);
        return new SuiteUnderTest(Suite.start(settings, out), dataDir);
    }

    public String gatewayUrl() {
        return suite.settings().gatewayUrl();
    }

    /** The service's own port, bypassing the gateway: the baseline of what the gateway costs. */
    public String serviceUrl(String service) {
        Integer port = suite.settings().servicePorts().get(service);
        if (port == null) {
            throw new IllegalArgumentException("no service " + service + " in " + suite.settings().servicePorts().keySet());
        }
        return "http://localhost:" + port;
    }

    /** "Bearer …" for a demo user (./kam users), signed in once per run. */
    public String bearer(String login) {
        return tokens.computeIfAbsent(login, l -> "Bearer " + suite.tokens().token(l));
    }

    /** Resident memory of the launcher (Kafka, MongoDB endpoint, identity, this load generator) and each JVM, in MB. */
    public Map<String, Long> residentMegabytes() {
        Map<String, Long> rss = new LinkedHashMap<>();
        rss.put("launcher + bench", rssOf(ProcessHandle.current().pid()));
        suite.pids().forEach((name, pid) -> rss.put(name, rssOf(pid)));
        return rss;
    }

    /** CPU time (user + system) the JVM of {@code name} (a service or "gateway") has used so far, in milliseconds. */
    public long cpuMillis(String name) {
        Long pid = suite.pids().get(name);
        if (pid == null) {
            throw new IllegalArgumentException("no process " + name + " in " + suite.pids().keySet());
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException("CPU time is read from /proc (Linux only)", e);
        }
    }

    private static long rssOf(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        suite.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary directory; the system cleans it up if we cannot.
        }
    }
}
