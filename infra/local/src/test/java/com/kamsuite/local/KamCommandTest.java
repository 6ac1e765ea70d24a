package com.kamsuite.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a new user sees when their machine is not ready: a JDK too old, a port already taken. */
class KamCommandTest {

    @TempDir
    Path dir;

    @Test
    void aJdkOlderThan17IsRefusedWithWhatToDo() throws Exception {
        Path fakeJdk = dir.resolve("jdk11");
        Files.createDirectories(fakeJdk.resolve("bin"));
        Path java = fakeJdk.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder kam = new ProcessBuilder("bash", SuiteSystemIT.home().resolve("kam").toString(), "up").redirectErrorStream(true);
        kam.environment().put("JAVA_HOME", fakeJdk.toString());
        Process process = kam.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("needs a JDK 17 or newer", "11.0.22", "JAVA_HOME");
    }

    @Test
    void aTakenPortStopsTheStartBeforeAnythingRunsAndSaysWhichVariableMovesIt() throws IOException {
        SuiteSettings settings = SuiteSettings.onFreePorts(SuiteSystemIT.home(), dir, false);
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("0.0.0.0", settings.gatewayPort()));

            assertThatThrownBy(() -> Suite.start(settings, System.out))
                    .hasMessageContaining("Port " + settings.gatewayPort())
                    .hasMessageContaining("KAM_GATEWAY_PORT");
        }
        assertThat(dir.resolve("logs")).doesNotExist();
    }
}
