package com.kamsuite.local;

import com.kamsuite.embedded.Ports;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A process the launcher started ends by itself when the launcher is killed outright (SIGKILL): no orphans. */
class ParentProcessWatchIT {

    @Test
    void aServiceStopsWhenTheProcessThatStartedItIsKilled() throws IOException {
        Process parent = new ProcessBuilder("sleep", "600").start();
        int port = Ports.free();
        Path jar = SuiteSystemIT.home().resolve("gateway/target/gateway-0.1.0-SNAPSHOT-exec.jar");
        Path log = Files.createTempFile("gateway", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process gateway = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dkam.parent-pid=" + parent.pid(), "-Dserver.port=" + port, "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> Ports.isTaken(port) || !gateway.isAlive());
            assertThat(gateway.isAlive()).as("gateway started (log: %s)", log).isTrue();

            parent.destroyForcibly();

            await().atMost(Duration.ofSeconds(30)).until(() -> !gateway.isAlive());
            assertThat(Ports.isTaken(port)).isFalse();
        } finally {
            gateway.destroyForcibly();
            parent.destroyForcibly();
        }
    }
}
