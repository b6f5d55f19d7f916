package io.recova.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
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

  private Launcher.Options parse(Map<String, String> env, String... args) {
    return Launcher.Options.parse(List.of(args), env, dir.resolve("runtime"));
  }

  @Test
  void embeddedDefaultsWhenNoExternalServiceIsConfigured() throws IOException {
    Launcher.Options options = parse(Map.of(), "--war", war().toString());

    assertThat(options.externalDatabase()).isFalse();
    assertThat(options.externalKeycloak()).isFalse();
    assertThat(options.httpPort()).isEqualTo(8080);
    assertThat(options.keycloakPort()).isEqualTo(8180);
    assertThat(options.dbPort()).isEqualTo(15432);
    assertThat(options.workDir()).isEqualTo(Path.of(".recova"));
    assertThat(options.payaraJar()).isEqualTo(dir.resolve("runtime/payara-micro.jar"));
    assertThat(options.keycloakZip()).isEqualTo(dir.resolve("runtime/keycloak-quarkus-dist.zip"));
    assertThat(options.realmFile()).isNull();
  }

  @Test
  void externalDatabaseAndKeycloakAreUsedWhenConfigured() throws IOException {
    Launcher.Options options =
        parse(
            Map.of(
                "RECOVA_DB_URL", "jdbc:postgresql://db/recova",
                "RECOVA_OIDC_ISSUER", "https://id.example/realms/recova",
                "RECOVA_HTTP_PORT", "9090",
                "RECOVA_KEYCLOAK_PORT", "9180"),
            "--war",
            war().toString());

    assertThat(options.externalDatabase()).isTrue();
    assertThat(options.externalKeycloak()).isTrue();
    assertThat(options.httpPort()).isEqualTo(9090);
    assertThat(options.keycloakPort()).isEqualTo(9180);
  }

  @Test
  void runtimeFilesAndDirectoriesCanBeOverriddenInBothSpellings() throws IOException {
    Path realm = Files.writeString(dir.resolve("realm.json"), "{}");
    Launcher.Options options =
        parse(
            Map.of(),
            "--war=" + war(),
            "--runtime",
            "/opt/rt",
            "--keycloak-zip=/opt/kc.zip",
            "--realm",
            realm.toString(),
            "--work-dir",
            "/var/lib/recova");

    assertThat(options.payaraJar()).isEqualTo(Path.of("/opt/rt/payara-micro.jar"));
    assertThat(options.keycloakZip()).isEqualTo(Path.of("/opt/kc.zip"));
    assertThat(options.realmFile()).isEqualTo(realm);
    assertThat(options.workDir()).isEqualTo(Path.of("/var/lib/recova"));
  }

  @Test
  void refusesUnknownOptionsAndMissingValues() throws IOException {
    String war = war().toString();
    assertThatThrownBy(() -> parse(Map.of(), "--war", war, "--verbose", "yes"))
        .hasMessage("Unknown option: --verbose");
    assertThatThrownBy(() -> parse(Map.of(), "--war", war, "--bogus"))
        .hasMessage("Unknown option: --bogus");
    assertThatThrownBy(() -> parse(Map.of(), "--war", war, "--realm"))
        .hasMessage("Option --realm needs a value");
    assertThatThrownBy(() -> parse(Map.of(), "--war", war, "--realm", "/nowhere.json"))
        .hasMessageContaining("No realm file");
  }

  @Test
  void refusesAPortThatIsNoPort() throws IOException {
    String war = war().toString();
    assertThatThrownBy(() -> parse(Map.of("RECOVA_HTTP_PORT", "eighty"), "--war", war))
        .hasMessageContaining("RECOVA_HTTP_PORT");
    assertThatThrownBy(() -> parse(Map.of("RECOVA_EMBEDDED_DB_PORT", "70000"), "--war", war))
        .hasMessageContaining("RECOVA_EMBEDDED_DB_PORT");
  }

  @Test
  void saysSoWhenTheWarIsMissing() {
    assertThatThrownBy(() -> parse(Map.of(), "--war", "/nowhere/recova.war"))
        .hasMessageContaining("build first");
  }

  @Test
  void aTakenPortIsReportedWithTheVariableThatMovesIt() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      assertThatThrownBy(
              () -> Launcher.requireFreePort(socket.getLocalPort(), "Payara", "RECOVA_HTTP_PORT"))
          .hasMessageContaining("Port " + socket.getLocalPort())
          .hasMessageContaining("already in use")
          .hasMessageContaining("RECOVA_HTTP_PORT");
    }
  }

  @Test
  void theSummaryListsTheUrlsButNoDemoLoginsWithoutTheLocalKeycloak() {
    String summary =
        Launcher.summary("http://localhost:8080/", null, "3.0 s", Path.of("/r/logs"), null,
            null);

    assertThat(summary)
        .contains("http://localhost:8080/health", "http://localhost:8080/openapi", "3.0 s")
        .doesNotContain("demo1234", "E-mail");
    assertThat(Launcher.summary("http://localhost:8080/", null, "3.0 s", Path.of("/r/logs"),
        null, Path.of("/r/mail"))).contains("E-mail", "/r/mail", ".eml");
  }
}
