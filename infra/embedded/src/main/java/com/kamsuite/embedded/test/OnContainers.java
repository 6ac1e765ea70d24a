package com.kamsuite.embedded.test;

import org.testcontainers.junit.jupiter.Testcontainers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs an integration test class (typically a subclass of an embedded-infrastructure test, so the very same tests)
 * against real MongoDB 8 and Apache Kafka containers. Without a Docker engine the class is reported as skipped:
 * "Disabled because Docker is not available".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Testcontainers(disabledWithoutDocker = true)
public @interface OnContainers {
}
