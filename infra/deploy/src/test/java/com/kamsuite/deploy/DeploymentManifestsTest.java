package com.kamsuite.deploy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests cannot be applied here (no Docker, no cluster), so this keeps them honest: they parse, every module
 * is deployed with probes on the actuator endpoints it really has, scales horizontally, and compose starts each.
 */
class DeploymentManifestsTest {

    private static final List<String> MODULES = List.of("customer-service", "opportunity-service", "forecast-service",
            "team-incentive-service", "gateway");
    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void everyModuleHasADeploymentWithProbesAServiceAndAnAutoscaler() throws IOException {
        List<JsonNode> documents = kubernetesDocuments();
        for (String module : MODULES) {
            JsonNode deployment = find(documents, "Deployment", module);
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asString()).isEqualTo("/actuator/health/readiness");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asString()).isEqualTo("/actuator/health/liveness");
            assertThat(deployment.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(find(documents, "Service", module)).isNotNull();
            assertThat(find(documents, "HorizontalPodAutoscaler", module).path("spec").path("maxReplicas").asInt())
                    .isGreaterThan(deployment.path("spec").path("replicas").asInt());
        }
    }

    @Test
    void kustomizationListsEveryManifestFile() throws IOException {
        JsonNode kustomization = YAML.readTree(Files.readString(Path.of("kubernetes/kustomization.yaml")));
        List<String> listed = new ArrayList<>();
        kustomization.path("resources").forEach(resource -> listed.add(resource.asString()));
        try (Stream<Path> files = Files.list(Path.of("kubernetes"))) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> !name.equals("kustomization.yaml")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    @Test
    void composeRunsRealKafkaAndAMongoReplicaSetAndEveryModule() throws IOException {
        JsonNode compose = YAML.readTree(Files.readString(Path.of("compose/docker-compose.yml")));
        JsonNode services = compose.path("services");
        assertThat(services.path("kafka").path("image").asString()).startsWith("apache/kafka");
        assertThat(services.path("mongo").path("command").toString()).contains("--replSet");
        for (String module : MODULES) {
            assertThat(services.has(module)).as(module).isTrue();
        }
    }

    private static List<JsonNode> kubernetesDocuments() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("kubernetes"))) {
            for (Path file : files.toList()) {
                for (String document : Files.readString(file).split("(?m)^---$")) {
                    if (!document.isBlank()) {
                        documents.add(YAML.readTree(document));
                    }
                }
            }
        }
        return documents;
    }

    private static JsonNode find(List<JsonNode> documents, String kind, String name) {
        return documents.stream()
                .filter(d -> d.path("kind").asString().equals(kind) && d.path("metadata").path("name").asString().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }
}
