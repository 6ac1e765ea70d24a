package com.kamsuite.gateway.resilience;

import com.kamsuite.gateway.resilience.GatewayResilienceProperties.RouteLimits;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Resilience4j circuit breaker and time limit per route, from that route's {@code kam.gateway.limits}: a slow
 * service is cut off at its route's timeout and a failing one is not called for a while, so neither can take the
 * gateway down. Only failures of the service count ({@link ServiceFailure}); everything else is ignored, neither a
 * failure nor a success.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayResilienceProperties.class)
class CircuitBreakerConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> routeCircuitBreakers(GatewayResilienceProperties properties) {
        return factory -> factory.configureDefault(name -> {
            RouteLimits limits = properties.of(name);
            return new Resilience4JConfigBuilder(name)
                    .circuitBreakerConfig(CircuitBreakerConfig.custom()
                            .slidingWindowSize(limits.slidingWindow())
                            .minimumNumberOfCalls(limits.minimumCalls())
                            .failureRateThreshold(limits.failureRateThreshold())
                            .waitDurationInOpenState(limits.openStateWait())
                            .permittedNumberOfCallsInHalfOpenState(limits.halfOpenCalls())
                            .recordException(ServiceFailure::countsAgainstTheService)
                            .ignoreException(error -> !ServiceFailure.countsAgainstTheService(error))
                            .build())
                    .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(limits.timeout()).build())
                    .build();
        });
    }
}
