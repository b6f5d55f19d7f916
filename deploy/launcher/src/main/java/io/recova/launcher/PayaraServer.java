package io.recova.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Payara Micro running the Recova WAR at the root context, as a single, unclustered instance. */
public final class PayaraServer implements AutoCloseable {

  private final ChildProcess process;
  private final int port;

  private PayaraServer(ChildProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * @param rootDirectory Payara's runtime directory; emptied first, because a runtime directory
   *     remembers its deployments and would otherwise deploy the WAR twice
   * @param environment passed to the server (RECOVA_DB_URL, RECOVA_OIDC_ISSUER, ...)
   */
  public static PayaraServer start(
      Path payaraMicroJar, Path war, Path rootDirectory, int port, Map<String, String> environment)
      throws IOException {
    if (!ChildProcess.isFree(port)) {
      throw new IOException("Port " + port + " is already in use: set RECOVA_HTTP_PORT");
    }
    deleteRecursively(rootDirectory);
    Files.createDirectories(rootDirectory);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Xmx1g",
            "-Djava.awt.headless=true",
            "-jar",
            payaraMicroJar.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--rootDir",
            rootDirectory.toString(),
            "--nocluster");
    builder.environment().putAll(environment);
    ChildProcess process =
        ChildProcess.start(
            "Payara Micro", builder, rootDirectory.getParent().resolve("logs/payara.log"));
    process.awaitOk("http://localhost:" + port + "/health", Duration.ofSeconds(240));
    return new PayaraServer(process, port);
  }

  static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  public int port() {
    return port;
  }

  public Path log() {
    return process.log();
  }

  @Override
  public void close() {
    process.close();
  }
}
