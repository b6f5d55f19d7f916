package io.recova.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Payara Micro running the Recova WAR at the root context, as a single, unclustered instance. */
public final class PayaraServer implements AutoCloseable {

  // A large WAR (Vaadin, JasperReports) on two busy cores.
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);
  // What Payara Micro logs when the WAR failed to deploy; it then runs on, without the application.
  private static final String DEPLOYMENT_FAILED = "Exception while loading the app";
  /** Payara Micro 6's JSON-P implementation (Parsson), in the same jar as the API. */
  static final String JSON_PROVIDER = "org.eclipse.parsson.JsonProviderImpl";

  private final ChildProcess process;
  private final int port;

  private PayaraServer(ChildProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * As {@link #start(Path, Path, Path, int, Map, Path)}, logging to {@code payara.log} beside the
   * root directory.
   */
  public static PayaraServer start(
      Path payaraMicroJar, Path war, Path rootDirectory, int port, Map<String, String> environment)
      throws IOException {
    Path root = rootDirectory.toAbsolutePath();
    return start(payaraMicroJar, war, root, port, environment, root.resolveSibling("payara.log"));
  }

  /**
   * Starts Payara Micro with the WAR at {@code /} and waits until {@code /health} answers 200.
   *
   * @param rootDirectory Payara's runtime directory; emptied first, because a runtime directory
   *     remembers its deployments and would otherwise deploy the WAR twice
   * @param environment added to the inherited environment (RECOVA_DB_URL, RECOVA_OIDC_ISSUER, ...)
   * @param logFile Payara's output, replaced at each start
   */
  public static PayaraServer start(
      Path payaraMicroJar,
      Path war,
      Path rootDirectory,
      int port,
      Map<String, String> environment,
      Path logFile)
      throws IOException {
    if (!Files.isRegularFile(payaraMicroJar)) {
      throw new IOException("No Payara Micro jar at " + payaraMicroJar);
    }
    if (!Files.isRegularFile(war)) {
      throw new IOException("No WAR at " + war);
    }
    Path root = rootDirectory.toAbsolutePath();
    stopLeftover(root);
    if (!ChildProcess.isFree(port)) {
      throw new IOException("Port " + port + " is already in use");
    }
    emptyRootDirectory(root);
    Path logging = root.resolve("recova-logging.properties");
    boolean plainLogging = writePlainLoggingProperties(payaraMicroJar, logging);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx1g",
                "-Djava.awt.headless=true",
                // JSON-P's provider by name: without it, every Json.createReader or builder looks
                // the provider up with a ServiceLoader scan of the class path, and Payara's JWT
                // check does three per request, a fifth of an API request's CPU (issue 8).
                "-Djakarta.json.provider=" + JSON_PROVIDER,
                "-jar",
                payaraMicroJar.toAbsolutePath().toString(),
                "--deploy",
                war.toAbsolutePath().toString(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                "--rootdir",
                root.toString(),
                "--nocluster",
                "--disablephonehome"));
    if (plainLogging) {
      command.addAll(List.of("--logproperties", logging.toString()));
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    ChildProcess process = ChildProcess.start("Payara Micro", builder, logFile.toAbsolutePath());
    process.awaitOk(
        "http://localhost:" + port + "/health",
        STARTUP_TIMEOUT,
        () -> deploymentFailure(process.log(), war));
    return new PayaraServer(process, port);
  }

  /** Stops a Payara Micro of an earlier, killed run on this root directory. */
  static void stopLeftover(Path rootDirectory) {
    String root = rootDirectory.toAbsolutePath().toString();
    ChildProcess.stopLeftovers(
        "Payara Micro",
        args -> {
          int i = args.indexOf(root);
          // Payara Micro reads its options case-insensitively: --rootDir is --rootdir.
          return i > 0 && args.get(i - 1).equalsIgnoreCase("--rootdir");
        });
  }

  /**
   * Empties the root directory, refusing one that holds anything but a previous Payara runtime,
   * so that a wrong path never costs someone's files.
   */
  private static void emptyRootDirectory(Path root) throws IOException {
    if (Files.isDirectory(root)) {
      boolean payaraRuntime;
      try (Stream<Path> entries = Files.list(root)) {
        List<Path> content = entries.toList();
        payaraRuntime =
            content.isEmpty() || Files.isRegularFile(root.resolve("config/domain.xml"));
      }
      if (!payaraRuntime) {
        throw new IOException(
            root + " is not empty and is no Payara Micro root directory: refusing to empty it");
      }
      Directories.deleteRecursively(root);
    }
    Files.createDirectories(root);
  }

  /**
   * Payara Micro's own logging configuration with the terminal colours off: its output goes to a
   * file, where escape codes only get in the way. False when the jar does not have one.
   */
  private static boolean writePlainLoggingProperties(Path payaraMicroJar, Path target) {
    try (ZipFile jar = new ZipFile(payaraMicroJar.toFile())) {
      ZipEntry entry = jar.getEntry("MICRO-INF/domain/logging.properties");
      if (entry == null) {
        return false;
      }
      try (InputStream in = jar.getInputStream(entry)) {
        String properties =
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("ODLLogFormatter.ansiColor=true", "ODLLogFormatter.ansiColor=false");
        Files.writeString(target, properties, java.nio.charset.StandardCharsets.ISO_8859_1);
        return true;
      }
    } catch (IOException e) {
      return false;
    }
  }

  /** The reason the WAR failed to deploy, when the log says it did. */
  static Optional<String> deploymentFailure(Path log, Path war) {
    try (Stream<String> lines = Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
      List<String> all = lines.toList();
      if (all.stream().noneMatch(l -> l.contains(DEPLOYMENT_FAILED))) {
        return Optional.empty();
      }
      String cause =
          all.stream()
              .filter(l -> l.startsWith("Caused by: "))
              .reduce((first, second) -> second)
              .map(l -> ": " + l.substring("Caused by: ".length()).strip())
              .orElse("");
      return Optional.of("could not deploy " + war.getFileName() + cause);
    } catch (IOException | java.io.UncheckedIOException e) {
      return Optional.empty();
    }
  }

  public int port() {
    return port;
  }

  /** {@code http://localhost:PORT/}, where the application answers. */
  public String url() {
    return "http://localhost:" + port + "/";
  }

  public Path log() {
    return process.log();
  }

  ChildProcess process() {
    return process;
  }

  /** Stops Payara Micro and waits until it has. */
  @Override
  public void close() {
    process.close();
  }
}
