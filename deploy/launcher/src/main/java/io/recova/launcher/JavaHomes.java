package io.recova.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds a JDK of a minimum feature version, as Keycloak 26 needs Java 21 or later. */
final class JavaHomes {

  private JavaHomes() {}

  static Optional<Path> find(int minimumVersion) {
    for (String variable : List.of("RECOVA_KEYCLOAK_JAVA_HOME", "JAVA_HOME")) {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank() && version(Path.of(value)) >= minimumVersion) {
        return Optional.of(Path.of(value));
      }
    }
    Path current = Path.of(System.getProperty("java.home"));
    if (Runtime.version().feature() >= minimumVersion) {
      return Optional.of(current);
    }
    try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
      return jvms.filter(p -> version(p) >= minimumVersion)
          .max(Comparator.comparingInt(JavaHomes::version));
    } catch (IOException e) {
      return Optional.empty();
    }
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
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }

  static int parseFeature(String version) {
    String[] parts = version.split("[.+-]");
    int first = Integer.parseInt(parts[0]);
    // Java 8 and older call themselves 1.x.
    return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
  }
}
