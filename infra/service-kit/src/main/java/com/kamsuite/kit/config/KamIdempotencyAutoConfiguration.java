package com.kamsuite.kit.config;

import com.kamsuite.kit.web.ProblemMessages;
import com.kamsuite.kit.web.idempotency.IdempotencyKeyFilter;
import com.kamsuite.kit.web.idempotency.IdempotencyOpenApi;
import com.kamsuite.kit.web.idempotency.IdempotencyStore;
import com.kamsuite.kit.web.idempotency.IdempotencySweeper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;

/** Idempotency-Key on every POST of a service (see {@link IdempotencyKeyFilter}), kept in the service's MongoDB. */
@AutoConfiguration(after = KamWebAutoConfiguration.class, afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
public class KamIdempotencyAutoConfiguration {

    /** After Spring Security's filter chain (order -100), so the client of the request is known. */
    static final int FILTER_ORDER = 0;

    @Bean
    IdempotencyStore idempotencyStore(MongoTemplate mongo,
                                      @Value("${kam.idempotency.retention:24h}") Duration retention,
                                      @Value("${kam.idempotency.lease:2m}") Duration lease) {
        return new IdempotencyStore(mongo, Clock.systemUTC(), retention, lease);
    }

    @Bean
    IdempotencySweeper idempotencySweeper(IdempotencyStore store,
                                          @Value("${kam.idempotency.sweep-interval:15m}") Duration interval) {
        return new IdempotencySweeper(store, interval);
    }

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(IdempotencyStore store, ProblemMessages messages,
                                                                      JsonMapper json,
                                                                      @Value("${kam.idempotency.max-body-size:2MB}") DataSize maxBody) {
        FilterRegistrationBean<IdempotencyKeyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyKeyFilter(store, messages, json, (int) maxBody.toBytes()));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    IdempotencyOpenApi idempotencyOpenApi() {
        return new IdempotencyOpenApi();
    }
}
