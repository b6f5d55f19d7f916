package io.recova.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A local Keycloak from its Maven Central distribution, in development mode, with the
 * {@code recova} realm imported on its first start. Its own H2 database in the work directory
 * keeps users and sessions across restarts.
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String REALM = "recova";
  private static final int MINIMUM_JAVA = 21;

  private final ChildProcess process;
  private final int port;

  private KeycloakServer(ChildProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * @param distributionZip {@code keycloak-quarkus-dist-*.zip}
   * @param workDirectory where it is unpacked (once) and keeps its data and log
   * @param realmFile the realm to import
   * @param port the HTTP port, or 0 for any free one
   */
  public static KeycloakServer start(
      Path distributionZip, Path workDirectory, Path realmFile, int port) throws IOException {
    Path home = unpack(distributionZip, workDirectory);
    Path imports = home.resolve("data/import");
    Files.createDirectories(imports);
    Files.copy(realmFile, imports.resolve("recova-realm.json"), StandardCopyOption.REPLACE_EXISTING);

    Path javaHome =
        JavaHomes.find(MINIMUM_JAVA)
            .orElseThrow(
                () ->
                    new IOException(
                        "Keycloak needs a JDK "
                            + MINIMUM_JAVA
                            + " or later: set RECOVA_KEYCLOAK_JAVA_HOME"));
    int httpPort = port > 0 ? port : ChildProcess.freePort();
    if (!ChildProcess.isFree(httpPort)) {
      throw new IOException("Port " + httpPort + " is already in use: is a Keycloak running?");
    }
    int managementPort = ChildProcess.freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--import-realm")
            .directory(home.toFile());
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", javaHome.toString());
    env.put("PATH", javaHome.resolve("bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    // The machine also runs PostgreSQL and Payara: keep Keycloak small.
    env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    ChildProcess process =
        ChildProcess.start("Keycloak", builder, workDirectory.resolve("keycloak.log"));
    KeycloakServer server = new KeycloakServer(process, httpPort);
    process.awaitOk(server.issuer() + "/.well-known/openid-configuration", Duration.ofSeconds(240));
    return server;
  }

  /** Unpacks the distribution unless a previous run already did. */
  static Path unpack(Path zip, Path workDirectory) throws IOException {
    Files.createDirectories(workDirectory);
    Path marker = workDirectory.resolve(".unpacked-" + zip.getFileName());
    String top = null;
    if (Files.exists(marker)) {
      return workDirectory.resolve(Files.readString(marker).strip());
    }
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
    Files.writeString(marker, top);
    return workDirectory.resolve(top);
  }

  public int port() {
    return port;
  }

  /** The realm URL, which is also the issuer of its tokens. */
  public String issuer() {
    return "http://localhost:" + port + "/realms/" + REALM;
  }

  public Path log() {
    return process.log();
  }

  @Override
  public void close() {
    process.close();
  }
}
