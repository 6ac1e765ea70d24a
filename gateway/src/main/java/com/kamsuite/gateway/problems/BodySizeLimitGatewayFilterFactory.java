package com.kamsuite.gateway.problems;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RequestSizeGatewayFilterFactory.RequestSizeConfig;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * {@code BodySizeLimit=maxSize}: refuses a request whose body is larger than {@code maxSize} before it reaches the
 * service, and answers 413 as Problem Details (type {@code …/payload-too-large}, localised). Unlike Spring Cloud
 * Gateway's {@code RequestSize}, which only reads the {@code Content-Length} header (an empty 413, and a chunked body
 * of any size passed through), a body without a declared length is read up to the limit and forwarded with its
 * length, so at most {@code maxSize} bytes are held per request.
 */
@Component
public class BodySizeLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<RequestSizeConfig> {

    private final GatewayProblems problems;

    public BodySizeLimitGatewayFilterFactory(GatewayProblems problems) {
        super(RequestSizeConfig.class);
        this.problems = problems;
    }

    @Override
    public GatewayFilter apply(RequestSizeConfig config) {
        config.validate();
        long limit = config.getMaxSize().toBytes();
        return (exchange, chain) -> {
            long declared = exchange.getRequest().getHeaders().getContentLength();
            if (declared > limit) {
                return tooLarge(exchange, String.valueOf(declared), limit);
            }
            return declared >= 0 ? chain.filter(exchange) : forwardCounted(exchange, chain, limit);
        };
    }

    private Mono<Void> forwardCounted(ServerWebExchange exchange, GatewayFilterChain chain, long limit) {
        ServerHttpRequest request = exchange.getRequest();
        return DataBufferUtils.join(request.getBody(), (int) Math.min(limit, Integer.MAX_VALUE))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(body -> body.isEmpty() ? chain.filter(exchange)
                        : chain.filter(exchange.mutate().request(withLength(request, body.get())).build()))
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange, "> " + limit, limit));
    }

    private static ServerHttpRequest withLength(ServerHttpRequest request, DataBuffer body) {
        HttpHeaders headers = HttpHeaders.copyOf(request.getHeaders());
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentLength(body.readableByteCount());
        return new ServerHttpRequestDecorator(request) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.just(body);
            }
        };
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange, String size, long limit) {
        return problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", size, String.valueOf(limit));
    }
}
