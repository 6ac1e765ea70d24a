package com.kamsuite.embedded.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house rules of a service's packages (package by feature, a small hexagon per feature), checked so they can
 * fail: first that the packages exist, then that the domain depends on nothing technical and that the web and
 * persistence adapters are not reached from the inside.
 */
public final class KamArchitecture {

    private KamArchitecture() {
    }

    public static void verify(String rootPackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
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

    private static void requirePackage(JavaClasses classes, String rootPackage, String segment) {
        boolean present = classes.stream().anyMatch(c -> c.getPackageName().contains(segment));
        if (!present) {
            throw new AssertionError("no " + segment.substring(1) + " package under " + rootPackage + ": the rules below would check nothing");
        }
    }
}
