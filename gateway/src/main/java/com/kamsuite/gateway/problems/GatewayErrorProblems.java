package com.kamsuite.gateway.problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's own WebFlux errors (a path no route serves, a wrong method, an unreadable request) as the suite's
 * Problem Details: a stable {@code type} and {@code code}, title and detail localised by {@code Accept-Language}, like
 * the services' answers — instead of Spring's default ("No static resource …", no type, English only).
 */
@RestControllerAdvice
public class GatewayErrorProblems extends ResponseEntityExceptionHandler {

    private final GatewayProblems problems;

    public GatewayErrorProblems(GatewayProblems problems) {
        this.problems = problems;
    }

    @Override
    protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                                ServerWebExchange exchange) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known != null && (body == null || body instanceof ProblemDetail)) {
            body = problems.problem(known, codeOf(known), exchange);
        }
        return super.createResponseEntity(body, headers, status, exchange);
    }

    private static String codeOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case PAYLOAD_TOO_LARGE -> "payload-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            default -> status.is5xxServerError() ? "internal" : "malformed-request";
        };
    }
}
