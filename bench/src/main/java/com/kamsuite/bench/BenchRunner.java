package com.kamsuite.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code ./kam bench [name …]}: starts the suite on the embedded default, runs the named benchmarks (all when none is
 * named) one after the other, prints each figure as it is measured and a table of all of them at the end, and stops
 * the suite. {@code ./kam bench list} names them.
 */
public final class BenchRunner {

    private BenchRunner() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        List<Benchmark> available = new ArrayList<>();
        ServiceLoader.load(Benchmark.class).forEach(available::add);
        if (args.length == 1 && args[0].equals("list")) {
            available.forEach(b -> out.printf("%-20s %s%n", b.name(), b.description()));
            return;
        }
        Set<String> wanted = new TreeSet<>(List.of(args));
        Set<String> unknown = new TreeSet<>(wanted);
        available.forEach(b -> unknown.remove(b.name()));
        if (!unknown.isEmpty()) {
            System.err.println("kam bench: no benchmark named " + unknown + "; ./kam bench list names them");
            System.exit(2);
        }
        List<Benchmark> selected = available.stream().filter(b -> wanted.isEmpty() || wanted.contains(b.name())).toList();

        out.println(machine());
        Path home = Path.of(System.getProperty("kam.home", ".")).toAbsolutePath().normalize();
        try (SuiteUnderTest suite = SuiteUnderTest.start(home, out)) {
            BenchContext context = new BenchContext(suite, new HttpLoad(), out);
            for (Benchmark benchmark : selected) {
                out.printf("%n== %s: %s%n", benchmark.name(), benchmark.description());
                benchmark.run(context);
            }
            Map<String, Long> rss = suite.residentMegabytes();
            out.printf("%nResident memory after the run (MB): %s, total %d%n", rss,
                    rss.values().stream().mapToLong(Long::longValue).sum());
            out.println();
            out.println("| benchmark | figure | measured | baseline (same run) | ratio | note |");
            out.println("|---|---|---|---|---|---|");
            context.figures().forEach(figure -> out.println(figure.markdownRow()));
        }
        System.exit(0);
    }

    private static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean bean ? bean.getTotalMemorySize() >> 20 : -1;
        String services = System.getenv().getOrDefault("KAM_JVM_OPTIONS", "(the launcher's defaults)");
        return """
                Machine: %d cores, %d MB memory, %s %s (%s)
                Services' JVM options: %s
                Commit: %s""".formatted(os.getAvailableProcessors(), memory, System.getProperty("java.vm.name"),
                Runtime.version(), System.getProperty("java.home"), services, commit());
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String head = new String(git.getInputStream().readAllBytes()).trim();
            Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").start();
            boolean dirty = !new String(status.getInputStream().readAllBytes()).isBlank();
            return head + (dirty ? " (with uncommitted changes)" : "");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
