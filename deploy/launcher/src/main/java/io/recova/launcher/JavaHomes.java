package io.recova.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds a JDK of a minimum feature version, as Keycloak 26 needs Java 21 or later. */
final class JavaHomes {

  static final String OVERRIDE = "RECOVA_KEYCLOAK_JAVA_HOME";

  private JavaHomes() {}

  static Path find(int minimumVersion) throws IOException {
    return find(
        minimumVersion,
        System.getenv(),
        Path.of(System.getProperty("java.home")),
        Path.of("/usr/lib/jvm"));
  }

  /**
   * In order: {@code RECOVA_KEYCLOAK_JAVA_HOME} (which must then be recent enough: it is an
   * explicit choice), {@code JAVA_HOME}, the running JVM, the newest recent enough JDK under
   * {@code jvmDirectory}.
   */
  static Path find(int minimumVersion, Map<String, String> env, Path current, Path jvmDirectory)
      throws IOException {
    String override = env.get(OVERRIDE);
    if (override != null && !override.isBlank()) {
      Path home = Path.of(override);
      int version = version(home);
      if (version < minimumVersion) {
        throw new IOException(
            OVERRIDE
                + "="
                + override
                + " is "
                + (version == 0 ? "no JDK" : "Java " + version)
                + "; Keycloak needs Java "
                + minimumVersion
                + " or later");
      }
      return home;
    }
    String javaHome = env.get("JAVA_HOME");
    if (javaHome != null && !javaHome.isBlank() && version(Path.of(javaHome)) >= minimumVersion) {
      return Path.of(javaHome);
    }
    if (version(current) >= minimumVersion) {
      return current;
    }
    Optional<Path> installed = Optional.empty();
    if (Files.isDirectory(jvmDirectory)) {
      try (Stream<Path> jvms = Files.list(jvmDirectory)) {
        installed =
            jvms.filter(p -> version(p) >= minimumVersion)
                .max(Comparator.comparingInt(JavaHomes::version).thenComparing(Path::toString));
      }
    }
    return installed.orElseThrow(
        () ->
            new IOException(
                "Keycloak needs Java "
                    + minimumVersion
                    + " or later and none was found (JAVA_HOME, "
                    + jvmDirectory
                    + "): install one or set "
                    + OVERRIDE));
  }

  /** The feature version from the JDK's {@code release} file, 0 when it is no JDK. */
  static int version(Path javaHome) {
    Path release = javaHome.resolve("release");
    if (!Files.isRegularFile(release) || !Files.isExecutable(javaHome.resolve("bin/java"))) {
      return 0;
    }
    try {
      for (String line : Files.readAllLines(release)) {
        if (line.startsWith("JAVA_VERSION=")) {
          return parseFeature(line.substring("JAVA_VERSION=".length()).replace("\"", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }

  /** "25.0.1" is 25, "21" is 21, "1.8.0_392" is 8; an unreadable version is 0. */
  static int parseFeature(String version) {
    String[] parts = version.strip().split("[._+-]");
    try {
      int first = Integer.parseInt(parts[0]);
      // Java 8 and older call themselves 1.x.
      return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
