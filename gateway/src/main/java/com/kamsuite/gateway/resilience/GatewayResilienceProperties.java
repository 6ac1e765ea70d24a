package com.kamsuite.gateway.resilience;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * Per-route resilience: how long the gateway waits for each service before it answers with the route's fallback
 * ({@code kam.gateway.timeouts.<circuit breaker name>}), and the circuit breaker's thresholds.
 */
@ConfigurationProperties("kam.gateway")
public record GatewayResilienceProperties(Map<String, Duration> timeouts, Duration defaultTimeout,
                                          int failureRateThreshold, Duration openStateWait) {

    public GatewayResilienceProperties {
        timeouts = timeouts == null ? Map.of() : Map.copyOf(timeouts);
        defaultTimeout = defaultTimeout == null ? Duration.ofSeconds(10) : defaultTimeout;
        failureRateThreshold = failureRateThreshold == 0 ? 50 : failureRateThreshold;
        openStateWait = openStateWait == null ? Duration.ofSeconds(10) : openStateWait;
    }

    public Duration timeoutOf(String circuitBreaker) {
        return timeouts.getOrDefault(circuitBreaker, defaultTimeout);
    }
}
