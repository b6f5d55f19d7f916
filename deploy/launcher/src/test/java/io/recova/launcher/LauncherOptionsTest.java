package io.recova.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherOptionsTest {

  @TempDir Path dir;

  private Path war() throws IOException {
    return Files.writeString(dir.resolve("recova.war"), "war");
  }

  @Test
  void embeddedDefaultsWhenNoExternalServiceIsConfigured() throws IOException {
    Launcher.Options options =
        Launcher.Options.parse(List.of("--war", war().toString()), Map.of(), dir);

    assertThat(options.externalDatabase()).isFalse();
    assertThat(options.externalKeycloak()).isFalse();
    assertThat(options.httpPort()).isEqualTo(8080);
    assertThat(options.payaraJar()).isEqualTo(dir.resolve("payara-micro.jar"));
  }

  @Test
  void externalDatabaseAndKeycloakAreUsedWhenConfigured() throws IOException {
    Launcher.Options options =
        Launcher.Options.parse(
            List.of("--war", war().toString()),
            Map.of(
                "RECOVA_DB_URL", "jdbc:postgresql://db/recova",
                "RECOVA_OIDC_ISSUER", "https://id.example/realms/recova",
                "RECOVA_HTTP_PORT", "9090"),
            dir);

    assertThat(options.externalDatabase()).isTrue();
    assertThat(options.externalKeycloak()).isTrue();
    assertThat(options.httpPort()).isEqualTo(9090);
  }

  @Test
  void refusesAPortThatIsNoPort() throws IOException {
    Path war = war();
    assertThatThrownBy(
            () ->
                Launcher.Options.parse(
                    List.of("--war", war.toString()), Map.of("RECOVA_HTTP_PORT", "eighty"), dir))
        .hasMessageContaining("RECOVA_HTTP_PORT");
  }

  @Test
  void saysSoWhenTheWarIsMissing() {
    assertThatThrownBy(
            () -> Launcher.Options.parse(List.of("--war", "/nowhere/recova.war"), Map.of(), dir))
        .hasMessageContaining("build first");
  }

  @Test
  void readsJavaFeatureVersions() {
    assertThat(JavaHomes.parseFeature("25.0.1")).isEqualTo(25);
    assertThat(JavaHomes.parseFeature("17.0.15")).isEqualTo(17);
    assertThat(JavaHomes.parseFeature("1.8.0_392")).isEqualTo(8);
    assertThat(JavaHomes.parseFeature("21")).isEqualTo(21);
  }

  @Test
  void aPortInUseIsDetected() throws IOException {
    try (var socket = new java.net.ServerSocket(0)) {
      assertThat(ChildProcess.isFree(socket.getLocalPort())).isFalse();
    }
  }
}
