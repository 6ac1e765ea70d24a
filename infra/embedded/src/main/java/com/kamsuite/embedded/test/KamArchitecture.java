package com.kamsuite.embedded.test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules of a service's packages (package by feature, a small hexagon per feature), checked so they can
 * fail: first that the packages they name exist, then that the domain depends on nothing technical, that the web and
 * persistence adapters are not reached from the inside, and that the features do not depend on each other in a
 * cycle (a feature is the first package below the service's root: {@code com.kamsuite.customer.loyalty..}).
 */
public final class KamArchitecture {

    private KamArchitecture() {
    }

    /** Checks the main classes of a service (its tests are not imported). */
    public static void verify(String rootPackage) {
        verify(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage), rootPackage);
    }

    /** Checks the given classes under {@code rootPackage}; {@link #verify(String)} for a service. */
    public static void verify(JavaClasses imported, String rootPackage) {
        JavaClasses classes = imported.that(JavaClass.Predicates.resideInAPackage(rootPackage + ".."));
        verifyLayers(classes, rootPackage);
        requireFeatures(classes, rootPackage);
        slices().matching(featurePattern(rootPackage)).namingSlices("feature '$1'")
                .should().beFreeOfCycles()
                .because("a feature may use another, but two features that need each other are one feature, or miss a third")
                .check(classes);
    }

    private static void verifyLayers(JavaClasses classes, String rootPackage) {
        requirePackage(classes, rootPackage, ".domain");
        requirePackage(classes, rootPackage, ".web");

        classes().that().resideInAPackage(rootPackage + "..domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", rootPackage + "..domain..",
                        "com.kamsuite.events..", "com.kamsuite.kit.domain..")
                .because("the domain imports no Spring, no MongoDB, no Kafka")
                .check(classes);
        noClasses().that().resideInAnyPackage(rootPackage + "..domain..", rootPackage + "..application..")
                .should().dependOnClassesThat().resideInAnyPackage(rootPackage + "..web..")
                .because("the web adapter calls the application, never the other way round")
                .check(classes);
        noClasses().that().resideInAPackage(rootPackage + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(rootPackage + "..persistence..", rootPackage + "..messaging..")
                .check(classes);
    }

    private static String featurePattern(String rootPackage) {
        return rootPackage + ".(*)..";
    }

    private static void requirePackage(JavaClasses classes, String rootPackage, String segment) {
        boolean present = classes.stream().anyMatch(c -> c.getPackageName().contains(segment));
        if (!present) {
            throw new AssertionError("no " + segment.substring(1) + " package under " + rootPackage + ": the rules below would check nothing");
        }
    }

    private static void requireFeatures(JavaClasses classes, String rootPackage) {
        int features = 0;
        for (var ignored : Slices.matching(featurePattern(rootPackage)).transform(classes)) {
            features++;
        }
        if (features < 2) {
            throw new AssertionError(features + " feature package(s) under " + rootPackage
                    + ": the rule that features are free of cycles would check nothing");
        }
    }
}
