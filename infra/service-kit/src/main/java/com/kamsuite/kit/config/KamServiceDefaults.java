package com.kamsuite.kit.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The settings every service shares (Kafka producer and consumer, MongoDB, token validation, actuator, logs), as
 * the lowest-precedence defaults: a service's own configuration or the environment overrides any of them.
 */
public class KamServiceDefaults implements EnvironmentPostProcessor {

    static final String LOCATION = "kam/kit/service-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("kamServiceDefaults", new ClassPathResource(LOCATION)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
