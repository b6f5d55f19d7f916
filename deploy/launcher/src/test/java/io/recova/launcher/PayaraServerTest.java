package io.recova.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraServerTest {

  @TempDir Path dir;

  @Test
  void aFailedDeploymentIsReadFromTheLogWithItsCause() throws IOException {
    Path log =
        Files.writeString(
            dir.resolve("payara.log"),
            """
            [INFO] recova was successfully deployed in 2,366 milliseconds.
            java.lang.IllegalStateException: ContainerBase.addChild: start
            Caused by: org.flywaydb.core.api.FlywayException: Validate failed: V2 checksum
            [SEVERE] [] [javax.enterprise.system.core] Exception while loading the app
            [INFO] Payara Micro 6.2025.10 (build 42) ready in 5,868 (ms)
            """);

    assertThat(PayaraServer.deploymentFailure(log, Path.of("/x/recova.war")))
        .hasValue(
            "could not deploy recova.war: org.flywaydb.core.api.FlywayException: Validate failed:"
                + " V2 checksum");
  }

  @Test
  void aHealthyLogIsNoFailure() throws IOException {
    Path log = Files.writeString(dir.resolve("payara.log"), "[INFO] Deployed 1 archive(s)\n");

    assertThat(PayaraServer.deploymentFailure(log, Path.of("recova.war"))).isEmpty();
    assertThat(PayaraServer.deploymentFailure(dir.resolve("none.log"), Path.of("recova.war")))
        .isEmpty();
  }

  @Test
  void refusesToEmptyADirectoryThatIsNoPayaraRuntime() throws IOException {
    Path precious = Files.createDirectories(dir.resolve("home"));
    Files.writeString(precious.resolve("thesis.txt"), "years of work");
    Path jar = Files.writeString(dir.resolve("payara-micro.jar"), "jar");
    Path war = Files.writeString(dir.resolve("recova.war"), "war");

    assertThatThrownBy(
            () -> PayaraServer.start(jar, war, precious, ChildProcess.freePort(), Map.of()))
        .hasMessageContaining("refusing to empty it");
    assertThat(precious.resolve("thesis.txt")).exists();
  }
}
