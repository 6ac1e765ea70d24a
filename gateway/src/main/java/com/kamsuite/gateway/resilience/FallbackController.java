package com.kamsuite.gateway.resilience;

import com.kamsuite.gateway.problems.GatewayProblems;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import java.util.Optional;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

/**
 * Where a route goes when its call failed: a 503 with {@code Retry-After} when the service failed (it is slow, down,
 * answered 502/503/504, or its circuit is open), saying which service and what happened; anything else went wrong at
 * the gateway and is a 500. Nothing is retried here: a write the service may or may not have done is for the client
 * to check.
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);
    /** With the breaker still closed the next call goes through at once; a second is enough to let a blip pass. */
    private static final long RETRY_AFTER_CLOSED_SECONDS = 1;

    private final GatewayProblems problems;
    private final GatewayResilienceProperties properties;

    FallbackController(GatewayProblems problems, GatewayResilienceProperties properties) {
        this.problems = problems;
        this.properties = properties;
    }

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable error = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (error == null) {
            // Called from outside, not forwarded by a route's circuit breaker.
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.problem(HttpStatus.NOT_FOUND, "not-found", exchange));
        }
        Optional<ServiceFailure> failure = ServiceFailure.of(error);
        if (failure.isEmpty()) {
            log.error("A call to {} failed at the gateway, not at the service", service, error);
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", exchange));
        }
        long retryAfter = retryAfterSeconds(error, failure.get());
        ProblemDetail problem = problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "service-unavailable." + failure.get().code(), exchange, service, retryAfter);
        problem.setProperty("reason", failure.get().code());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** An open breaker calls the service again after its open-state wait; a closed one at the next call. */
    private long retryAfterSeconds(Throwable error, ServiceFailure failure) {
        if (failure != ServiceFailure.CIRCUIT_OPEN) {
            return RETRY_AFTER_CLOSED_SECONDS;
        }
        Throwable cause = error;
        while (!(cause instanceof CallNotPermittedException)) {
            cause = cause.getCause();
        }
        String breaker = ((CallNotPermittedException) cause).getCausingCircuitBreakerName();
        return Math.max(1, (properties.of(breaker).openStateWait().toMillis() + 999) / 1000);
    }
}
