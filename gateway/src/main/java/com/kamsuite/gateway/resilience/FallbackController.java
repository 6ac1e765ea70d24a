package com.kamsuite.gateway.resilience;

import com.kamsuite.gateway.problems.GatewayProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route goes when its service is slow, down, or its circuit is open: a 503 that says which service, and when
 * to try again. Nothing is retried here: a write the service may or may not have done is for the client to check.
 */
@RestController
class FallbackController {

    private final GatewayProblems problems;

    FallbackController(GatewayProblems problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", exchange, service));
    }
}
