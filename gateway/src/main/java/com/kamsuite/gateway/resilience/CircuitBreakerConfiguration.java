package com.kamsuite.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Resilience4j circuit breaker and time limit per route: a slow service is cut off at its route's timeout and a
 * failing one is not called for a while, so neither can take the gateway down.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayResilienceProperties.class)
class CircuitBreakerConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> routeCircuitBreakers(GatewayResilienceProperties properties) {
        return factory -> factory.configureDefault(name -> new Resilience4JConfigBuilder(name)
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(10)
                        .failureRateThreshold(properties.failureRateThreshold())
                        .waitDurationInOpenState(properties.openStateWait())
                        .permittedNumberOfCallsInHalfOpenState(3)
                        .build())
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(properties.timeoutOf(name)).build())
                .build());
    }
}
