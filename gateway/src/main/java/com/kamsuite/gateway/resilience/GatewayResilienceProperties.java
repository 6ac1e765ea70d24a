package com.kamsuite.gateway.resilience;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * The limits of each route, by the name of its circuit breaker ({@code kam.gateway.limits.<name>.*}); what a route
 * does not set it takes from {@code kam.gateway.limits.default}, and what that does not set from {@link #BUILT_IN}.
 * There is deliberately no concurrency limit (see {@code application.yaml}).
 */
@ConfigurationProperties("kam.gateway")
public record GatewayResilienceProperties(Map<String, RouteLimits> limits) {

    static final String DEFAULT = "default";

    static final RouteLimits BUILT_IN = new RouteLimits(Duration.ofSeconds(10), 20, 10, 50, Duration.ofSeconds(10), 3);

    public GatewayResilienceProperties {
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    /** The limits of one route's circuit breaker, every field filled in. */
    public RouteLimits of(String circuitBreaker) {
        RouteLimits defaults = limits.getOrDefault(DEFAULT, BUILT_IN).orElse(BUILT_IN);
        return limits.getOrDefault(circuitBreaker, defaults).orElse(defaults);
    }

    /**
     * @param timeout              how long the gateway waits for the service's answer before it answers 503
     * @param slidingWindow        how many of the last calls the failure rate is computed over
     * @param minimumCalls         how many calls the window needs before the rate counts at all
     * @param failureRateThreshold the percentage of real failures (timeouts, unreachable, 502/503/504) that opens it
     * @param openStateWait        how long an open breaker answers 503 without calling the service
     * @param halfOpenCalls        how many trial calls then decide whether it closes again
     */
    public record RouteLimits(Duration timeout, Integer slidingWindow, Integer minimumCalls, Integer failureRateThreshold,
                              Duration openStateWait, Integer halfOpenCalls) {

        RouteLimits orElse(RouteLimits defaults) {
            return new RouteLimits(timeout != null ? timeout : defaults.timeout,
                    slidingWindow != null ? slidingWindow : defaults.slidingWindow,
                    minimumCalls != null ? minimumCalls : defaults.minimumCalls,
                    failureRateThreshold != null ? failureRateThreshold : defaults.failureRateThreshold,
                    openStateWait != null ? openStateWait : defaults.openStateWait,
                    halfOpenCalls != null ? halfOpenCalls : defaults.halfOpenCalls);
        }
    }
}
