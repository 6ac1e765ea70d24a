package com.kamsuite.gateway.ratelimit;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.ratelimit.AbstractRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;

/**
 * Per-client request limits for Spring Cloud Gateway's RequestRateLimiter filter, kept in memory by Resilience4j
 * (one limiter per route and client), so the gateway needs no Redis. Each gateway instance limits on its own: with
 * N instances behind a balancer a client gets up to N times the limit.
 */
@Component("clientRateLimiter")
public class ClientRateLimiter extends AbstractRateLimiter<ClientRateLimiter.Config> {

    private final RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();
    private final Config defaults;

    public ClientRateLimiter(ConfigurationService configurationService,
                             @Value("${kam.gateway.client-requests-per-period:20}") int limitForPeriod,
                             @Value("${kam.gateway.client-request-period:1s}") Duration period) {
        super(Config.class, "client-rate-limiter", configurationService);
        this.defaults = new Config().setLimitForPeriod(limitForPeriod).setRefreshPeriod(period);
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String clientId) {
        Config config = getConfig().getOrDefault(routeId, defaults);
        var limiter = registry.rateLimiter(routeId + "/" + clientId, RateLimiterConfig.custom()
                .limitForPeriod(config.getLimitForPeriod())
                .limitRefreshPeriod(config.getRefreshPeriod())
                .timeoutDuration(Duration.ZERO)
                .build());
        boolean allowed = limiter.acquirePermission();
        return Mono.just(new Response(allowed, Map.of(
                "X-RateLimit-Limit", String.valueOf(config.getLimitForPeriod()),
                "X-RateLimit-Remaining", String.valueOf(Math.max(0, limiter.getMetrics().getAvailablePermissions())))));
    }

    public static class Config {

        private int limitForPeriod = 20;
        private Duration refreshPeriod = Duration.ofSeconds(1);

        public int getLimitForPeriod() {
            return limitForPeriod;
        }

        public Config setLimitForPeriod(int limitForPeriod) {
            this.limitForPeriod = limitForPeriod;
            return this;
        }

        public Duration getRefreshPeriod() {
            return refreshPeriod;
        }

        public Config setRefreshPeriod(Duration refreshPeriod) {
            this.refreshPeriod = refreshPeriod;
            return this;
        }
    }
}
