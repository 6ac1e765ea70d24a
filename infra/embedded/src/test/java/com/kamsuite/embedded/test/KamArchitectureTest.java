package com.kamsuite.embedded.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The house rules refuse what they are meant to refuse: each fixture under {@code fixture} breaks one rule, or none. */
class KamArchitectureTest {

    private static final String FIXTURES = "com.kamsuite.embedded.test.fixture";

    @Test
    void featuresThatDependOnEachOtherAreRefused() {
        assertThatThrownBy(() -> verify("cyclic"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("free of cycles")
                .hasMessageContaining("feature 'orders'")
                .hasMessageContaining("feature 'billing'");
    }

    @Test
    void featuresThatDependOneWayPass() {
        assertThatCode(() -> verify("acyclic")).doesNotThrowAnyException();
    }

    @Test
    void aDomainThatDependsOnAFrameworkIsRefused() {
        assertThatThrownBy(() -> verify("frameworkindomain"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.springframework.stereotype.Component");
    }

    @Test
    void aRootWithoutTheNamedPackagesIsRefusedRatherThanPassed() {
        assertThatThrownBy(() -> verify("nothing.here"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("would check nothing");
    }

    @Test
    void aSingleFeatureIsRefusedBecauseTheCycleRuleWouldCheckNothing() {
        assertThatThrownBy(() -> verify("single"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("feature package(s)");
    }

    private static void verify(String fixture) {
        String root = FIXTURES + "." + fixture;
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        KamArchitecture.verify(classes, root);
    }
}
