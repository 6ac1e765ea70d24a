package com.kamsuite.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * What the gateway adds to a request's latency at a fixed, moderate arrival rate (200 req/s): GET
 * /api/customers/{id} through the gateway against the same rate straight to customer-service. Target: p99 added
 * ≤ 5 ms.
 */
public final class GatewayLatencyBenchmark implements Benchmark {

    private static final double RATE = Double.parseDouble(System.getProperty("kam.bench.rate", "200"));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("kam.bench.latency-seconds", 20));

    @Override
    public String name() {
        return "gateway-latency";
    }

    @Override
    public String description() {
        return "GET /api/customers/{id} at a fixed 200 req/s: latency through the gateway against customer-service directly";
    }

    @Override
    public void run(BenchContext context) {
        String id = Customers.registerOne(context, 1);
        String direct = context.suite().serviceUrl("customer-service");
        String gateway = context.suite().gatewayUrl();
        context.progress("%.0f req/s for %d s, direct then through the gateway", RATE, MEASURE.toSeconds());
        Duration warmUp = GatewayThroughputBenchmark.WARM_UP;
        HttpLoad.Result baseline = context.load().fixedRate(RATE, warmUp, MEASURE, n -> Customers.read(context, direct, id));
        HttpLoad.Result measured = context.load().fixedRate(RATE, warmUp, MEASURE, n -> Customers.read(context, gateway, id));
        for (double percentile : new double[] {50, 99}) {
            double added = measured.percentileMillis(percentile) - baseline.percentileMillis(percentile);
            context.report(new Figure(name(), String.format(Locale.ROOT, "p%.0f at %.0f req/s", percentile, RATE),
                    measured.percentileMillis(percentile), baseline.percentileMillis(percentile), "ms", "direct",
                    String.format(Locale.ROOT, "added %+.1f ms (gateway %s, direct %s)%s", added, measured.failures(),
                            baseline.failures(), percentile == 99 ? "; target added ≤ 5 ms" : "")));
        }
    }
}
