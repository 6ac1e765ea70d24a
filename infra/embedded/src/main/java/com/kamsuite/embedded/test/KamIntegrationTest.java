package com.kamsuite.embedded.test;

import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring Boot integration test a real Kafka broker and a MongoDB endpoint (embedded by default, containers
 * with {@link OnContainers}), and makes it accept {@link TestTokens}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Import(KamTestInfrastructure.class)
public @interface KamIntegrationTest {
}
