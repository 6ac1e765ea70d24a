package com.kamsuite.gateway.problems;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RequestSizeGatewayFilterFactory.RequestSizeConfig;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * {@code BodySizeLimit=maxSize}: refuses a request whose declared body is larger than {@code maxSize} before it reaches
 * the service, like Spring Cloud Gateway's {@code RequestSize}, but answers 413 as Problem Details (type
 * {@code …/payload-too-large}, localised) instead of an empty body with an {@code errorMessage} header.
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
                return problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                        String.valueOf(declared), String.valueOf(limit));
            }
            return chain.filter(exchange);
        };
    }
}
