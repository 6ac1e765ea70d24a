package com.kamsuite.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * GET /api/customers/{id} through the gateway against the same request sent straight to customer-service, at 8, 32
 * and 64 concurrent clients. The gateway is healthy traffic's door: target 0 × 503 and at least 0.7× the direct
 * throughput.
 */
public final class GatewayThroughputBenchmark implements Benchmark {

    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("kam.bench.warm-up-seconds", 5));
    static final Duration MEASURE = Duration.ofSeconds(Long.getLong("kam.bench.seconds", 10));

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public String description() {
        return "GET /api/customers/{id}: throughput through the gateway against customer-service directly, 8/32/64 concurrent";
    }

    @Override
    public void run(BenchContext context) {
        String id = Customers.registerOne(context, 0);
        String direct = context.suite().serviceUrl("customer-service");
        String gateway = context.suite().gatewayUrl();
        for (int concurrency : new int[] {8, 32, 64}) {
            context.progress("%d concurrent, %d s each, direct then through the gateway", concurrency, MEASURE.toSeconds());
            long serviceBefore = context.suite().cpuMillis("customer-service");
            HttpLoad.Result baseline = context.load().closedLoop(concurrency, WARM_UP, MEASURE, n -> Customers.read(context, direct, id));
            long serviceDirect = context.suite().cpuMillis("customer-service") - serviceBefore;
            long gatewayBefore = context.suite().cpuMillis("gateway");
            serviceBefore = context.suite().cpuMillis("customer-service");
            HttpLoad.Result measured = context.load().closedLoop(concurrency, WARM_UP, MEASURE, n -> Customers.read(context, gateway, id));
            long gatewayCpu = context.suite().cpuMillis("gateway") - gatewayBefore;
            long serviceBehindGateway = context.suite().cpuMillis("customer-service") - serviceBefore;
            context.report(new Figure(name(), "throughput at " + concurrency + " concurrent", measured.throughput(),
                    baseline.throughput(), "req/s", "direct",
                    String.format(Locale.ROOT, "gateway: %s, p50 %.1f / p99 %.1f ms; direct: %s, p50 %.1f / p99 %.1f ms (target ≥ 0.70×, 0 × 503)",
                            measured.failures(), measured.percentileMillis(50), measured.percentileMillis(99),
                            baseline.failures(), baseline.percentileMillis(50), baseline.percentileMillis(99))));
            // Throughput on a shared machine depends on who else is busy; CPU time per request does much less.
            double perRequestDirect = (double) serviceDirect / baseline.sent();
            double perRequestGateway = (double) (gatewayCpu + serviceBehindGateway) / measured.sent();
            context.report(new Figure(name(), "CPU per request at " + concurrency + " concurrent", perRequestGateway,
                    perRequestDirect, "ms", "direct",
                    String.format(Locale.ROOT, "gateway %.2f ms + customer-service %.2f ms", (double) gatewayCpu / measured.sent(),
                            (double) serviceBehindGateway / measured.sent())));
        }
    }
}
