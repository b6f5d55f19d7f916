package io.recova.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A local Keycloak from its Maven Central distribution, in development mode, with the {@code
 * recova} realm imported on its first start. Its own H2 database in the work directory keeps users
 * and sessions across restarts; when the realm file changes, that database is dropped so the new
 * realm is imported.
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String REALM = "recova";
  public static final String ADMIN_USER = "admin";
  public static final String ADMIN_PASSWORD = "admin";

  private static final Logger LOG = Logger.getLogger(KeycloakServer.class.getName());
  private static final int MINIMUM_JAVA = 21;
  // The first start runs Keycloak's build step: about 45 s alone, much more on two busy cores.
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);

  private final ChildProcess process;
  private final int port;

  private KeycloakServer(ChildProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Unpacks the distribution into the work directory (once), imports the realm, starts Keycloak
   * and waits until the realm's OpenID configuration answers. Its output goes to {@code
   * keycloak.log} in the work directory.
   *
   * @param distributionZip {@code keycloak-quarkus-dist-*.zip}
   * @param workDirectory where it is unpacked and keeps its data and log; reuse it across runs
   * @param realmFile the realm to import
   * @param port the HTTP port, or 0 for any free one
   */
  public static KeycloakServer start(
      Path distributionZip, Path workDirectory, Path realmFile, int port) throws IOException {
    if (!Files.isRegularFile(distributionZip)) {
      throw new IOException("No Keycloak distribution at " + distributionZip);
    }
    if (!Files.isRegularFile(realmFile)) {
      throw new IOException("No realm file at " + realmFile);
    }
    Path work = workDirectory.toAbsolutePath();
    Path home = unpack(distributionZip, work);
    stopLeftover(work);
    if (port > 0 && !ChildProcess.isFree(port)) {
      throw new IOException("Port " + port + " is already in use: is a Keycloak running?");
    }
    String realmHash = sha256(realmFile);
    prepareImport(home, work, realmFile, realmHash);
    Path javaHome = JavaHomes.find(MINIMUM_JAVA);

    int httpPort = port > 0 ? port : ChildProcess.freePort();
    // Keycloak's management interface defaults to 9000, which anything may hold.
    int managementPort = ChildProcess.freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                // A fixed hostname makes the issuer the same whether a client calls localhost or
                // 127.0.0.1: MicroProfile JWT compares the issuer as a string.
                "--hostname=http://localhost:" + httpPort,
                "--import-realm")
            .directory(home.toFile());
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", javaHome.toString());
    env.put("PATH", javaHome.resolve("bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    // kc.sh takes JAVA_OPTS as a replacement of its own tuned options, not an addition.
    env.remove("JAVA_OPTS");
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    // The machine also runs PostgreSQL and Payara: keep Keycloak small.
    env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    ChildProcess process = ChildProcess.start("Keycloak", builder, work.resolve("keycloak.log"));
    KeycloakServer server = new KeycloakServer(process, httpPort);
    process.awaitOk(
        server.issuer() + "/.well-known/openid-configuration", STARTUP_TIMEOUT, Optional::empty);
    Files.writeString(work.resolve(".imported-realm.sha256"), realmHash);
    return server;
  }

  /** Stops a Keycloak of an earlier, killed run from this work directory. */
  static void stopLeftover(Path workDirectory) {
    String home = "-Dkc.home.dir=" + workDirectory.toAbsolutePath() + "/";
    ChildProcess.stopLeftovers("Keycloak", args -> args.stream().anyMatch(a -> a.startsWith(home)));
  }

  /**
   * Puts the realm where {@code --import-realm} reads it. Keycloak skips a realm that already
   * exists, so a changed realm file would silently not apply: drop the development database
   * instead, which a local demo can afford.
   */
  private static void prepareImport(Path home, Path work, Path realmFile, String realmHash)
      throws IOException {
    Path imports = home.resolve("data/import");
    Files.createDirectories(imports);
    Files.copy(
        realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    Path imported = work.resolve(".imported-realm.sha256");
    Path database = home.resolve("data/h2");
    if (Files.isDirectory(database)
        && (!Files.exists(imported) || !Files.readString(imported).strip().equals(realmHash))) {
      LOG.info("The realm file changed since Keycloak imported it: dropping " + database);
      Directories.deleteRecursively(database);
    }
  }

  /**
   * Unpacks the distribution unless a previous run already unpacked this very zip (same name and
   * size), and returns Keycloak's home directory.
   */
  static Path unpack(Path zip, Path workDirectory) throws IOException {
    Files.createDirectories(workDirectory);
    Path marker = workDirectory.resolve(".unpacked-" + zip.getFileName());
    String stamp = String.valueOf(Files.size(zip));
    if (Files.exists(marker)) {
      List<String> lines = Files.readAllLines(marker);
      if (lines.size() == 2 && lines.get(1).equals(stamp)) {
        Path home = workDirectory.resolve(lines.get(0));
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
          return home;
        }
      }
    }
    String top = null;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        Path target = workDirectory.resolve(entry.getName()).normalize();
        if (!target.startsWith(workDirectory)) {
          throw new IOException("Refusing a zip entry outside the target: " + entry.getName());
        }
        if (top == null) {
          top = entry.getName().split("/")[0];
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          // Copy without closing: the stream goes on to the next entry.
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    if (top == null) {
      throw new IOException("Empty Keycloak distribution: " + zip);
    }
    Path home = workDirectory.resolve(top);
    // java.util.zip drops the Unix modes; the scripts are run through bash, but kcadm.sh and
    // friends should stay usable by hand.
    try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
      scripts
          .filter(p -> p.toString().endsWith(".sh"))
          .forEach(p -> p.toFile().setExecutable(true));
    }
    Files.writeString(marker, top + "\n" + stamp + "\n");
    return home;
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return port;
  }

  /** {@code http://localhost:PORT}, Keycloak's root. */
  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** The realm URL, which is also the issuer of its tokens. */
  public String issuer() {
    return baseUrl() + "/realms/" + REALM;
  }

  /** The admin console, for {@link #ADMIN_USER} / {@link #ADMIN_PASSWORD}. */
  public String adminConsoleUrl() {
    return baseUrl() + "/admin/";
  }

  public Path log() {
    return process.log();
  }

  ChildProcess process() {
    return process;
  }

  /** Stops Keycloak and waits until it has. */
  @Override
  public void close() {
    process.close();
  }
}
