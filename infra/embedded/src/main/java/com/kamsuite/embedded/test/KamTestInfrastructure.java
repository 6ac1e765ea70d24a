package com.kamsuite.embedded.test;

import org.springframework.boot.context.annotation.DeterminableImports;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;

import java.util.Set;

/**
 * Chooses the infrastructure of an integration test: the embedded Kafka broker and MongoDB endpoint, or, for a test
 * class marked {@link OnContainers}, real MongoDB and Kafka in containers. Tests with the same choice share one
 * application context.
 */
public class KamTestInfrastructure implements ImportSelector, DeterminableImports {

    @Override
    public String[] selectImports(AnnotationMetadata metadata) {
        return new String[] {configurationFor(metadata)};
    }

    @Override
    public Set<Object> determineImports(AnnotationMetadata metadata) {
        return Set.of(configurationFor(metadata));
    }

    private static String configurationFor(AnnotationMetadata metadata) {
        return metadata.hasAnnotation(OnContainers.class.getName())
                ? ContainersInfrastructureConfiguration.class.getName()
                : EmbeddedInfrastructureConfiguration.class.getName();
    }
}
