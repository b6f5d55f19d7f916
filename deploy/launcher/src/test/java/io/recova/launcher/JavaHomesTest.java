package io.recova.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaHomesTest {

  @TempDir Path jvms;

  private Path jdk(String name, String version) throws IOException {
    Path home = jvms.resolve(name);
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(
        home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version + "\"\n");
    home.resolve("bin/java").toFile().createNewFile();
    home.resolve("bin/java").toFile().setExecutable(true);
    return home;
  }

  @Test
  void readsJavaFeatureVersions() {
    assertThat(JavaHomes.parseFeature("25.0.1")).isEqualTo(25);
    assertThat(JavaHomes.parseFeature("17.0.15")).isEqualTo(17);
    assertThat(JavaHomes.parseFeature("1.8.0_392")).isEqualTo(8);
    assertThat(JavaHomes.parseFeature("21")).isEqualTo(21);
    assertThat(JavaHomes.parseFeature("21-ea")).isEqualTo(21);
    assertThat(JavaHomes.parseFeature("garbage")).isZero();
  }

  @Test
  void aDirectoryWithoutJavaIsNoJdk() throws IOException {
    Files.createDirectories(jvms.resolve("empty"));
    assertThat(JavaHomes.version(jvms.resolve("empty"))).isZero();
    assertThat(JavaHomes.version(jdk("temurin-25", "25.0.1"))).isEqualTo(25);
  }

  @Test
  void prefersTheOverrideThenJavaHomeThenTheRunningJvmThenTheNewestInstalled() throws IOException {
    Path jdk17 = jdk("java-17", "17.0.15");
    Path jdk21 = jdk("java-21", "21.0.5");
    Path jdk25 = jdk("temurin-25", "25.0.1");

    assertThat(JavaHomes.find(21, Map.of(JavaHomes.OVERRIDE, jdk21.toString()), jdk17, jvms))
        .isEqualTo(jdk21);
    assertThat(JavaHomes.find(21, Map.of("JAVA_HOME", jdk21.toString()), jdk17, jvms))
        .isEqualTo(jdk21);
    assertThat(JavaHomes.find(21, Map.of("JAVA_HOME", jdk17.toString()), jdk21, jvms))
        .isEqualTo(jdk21);
    assertThat(JavaHomes.find(21, Map.of("JAVA_HOME", jdk17.toString()), jdk17, jvms))
        .isEqualTo(jdk25);
  }

  @Test
  void anOverrideThatIsTooOldIsAnError() throws IOException {
    Path jdk17 = jdk("java-17", "17.0.15");
    jdk("temurin-25", "25.0.1");

    assertThatThrownBy(
            () -> JavaHomes.find(21, Map.of(JavaHomes.OVERRIDE, jdk17.toString()), jdk17, jvms))
        .hasMessageContaining("RECOVA_KEYCLOAK_JAVA_HOME")
        .hasMessageContaining("Java 17");
  }

  @Test
  void saysWhatToDoWhenNoJdkIsRecentEnough() throws IOException {
    Path jdk17 = jdk("java-17", "17.0.15");

    assertThatThrownBy(() -> JavaHomes.find(21, Map.of(), jdk17, jvms))
        .hasMessageContaining("Java 21 or later")
        .hasMessageContaining("RECOVA_KEYCLOAK_JAVA_HOME");
  }
}
