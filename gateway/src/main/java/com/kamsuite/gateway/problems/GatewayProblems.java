package com.kamsuite.gateway.problems;

import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The gateway's own answers (unauthenticated, forbidden, service unavailable, too many requests) as RFC 9457
 * Problem Details with the same {@code type} URIs and localisation (zh-CN, en) as the services'.
 */
@Component
public class GatewayProblems {

    private static final String BASE = "https://kam-suite.dev/problems/";

    private final MessageSource messages;
    private final JsonMapper json;

    public GatewayProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ProblemDetail problem(HttpStatus status, String code, ServerWebExchange exchange, Object... arguments) {
        return problem(status, code, code, exchange, arguments);
    }

    /** A problem of type {@code code} whose detail is the message {@code problem.<detail>.detail}. */
    public ProblemDetail problem(HttpStatus status, String code, String detail, ServerWebExchange exchange, Object... arguments) {
        Locale locale = localeOf(exchange);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(BASE + code));
        problem.setTitle(messages.getMessage("problem." + code + ".title", null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage("problem." + detail + ".detail", arguments, null, locale));
        problem.setInstance(exchange.getRequest().getURI());
        problem.setProperty("code", code);
        return problem;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, Object... arguments) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem(status, code, exchange, arguments)));
        return response.writeWith(Mono.just(body));
    }

    private static Locale localeOf(ServerWebExchange exchange) {
        List<Locale.LanguageRange> ranges = exchange.getRequest().getHeaders().getAcceptLanguage();
        Locale match = Locale.lookup(ranges, List.of(Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.ENGLISH));
        return match == null ? Locale.ENGLISH : match;
    }
}
