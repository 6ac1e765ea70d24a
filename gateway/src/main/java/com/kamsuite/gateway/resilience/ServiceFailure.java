package com.kamsuite.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.web.client.HttpStatusCodeException;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Why a call through a route failed, as far as its circuit breaker is concerned. Only a failure of the service
 * itself counts against it: no answer in time, no connection, a broken connection, or an answer that says it
 * cannot serve (502, 503, 504). A client's mistake (4xx), a 500 for one request, the breaker's own refusal and
 * the gateway's own errors do not: counting them would let one burst of bad or refused calls close a healthy
 * service's route to everyone.
 */
enum ServiceFailure {

    /** The breaker is open: the call was not sent. */
    CIRCUIT_OPEN,
    /** No answer within the route's timeout. */
    TIMEOUT,
    /** No connection could be made: nothing was sent. */
    UNREACHABLE,
    /** The connection broke, or the service answered 502, 503 or 504. */
    FAILING;

    /** The failure of the service that {@code error} shows, if it shows one. */
    static Optional<ServiceFailure> of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CallNotPermittedException) {
                return Optional.of(CIRCUIT_OPEN);
            }
            if (cause instanceof TimeoutException || cause instanceof io.netty.handler.timeout.TimeoutException) {
                return Optional.of(TIMEOUT);
            }
            if (cause instanceof ConnectException) {
                return Optional.of(UNREACHABLE);
            }
            if (cause instanceof IOException) {
                return Optional.of(FAILING);
            }
            if (cause instanceof HttpStatusCodeException status && isUnavailable(status.getStatusCode().value())) {
                return Optional.of(FAILING);
            }
        }
        return Optional.empty();
    }

    /** Whether the circuit breaker counts {@code error} as a failure; everything else it ignores. */
    static boolean countsAgainstTheService(Throwable error) {
        return of(error).filter(failure -> failure != CIRCUIT_OPEN).isPresent();
    }

    private static boolean isUnavailable(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
