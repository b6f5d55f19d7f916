package io.recova.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar recova-launcher.jar run}: Recova with embedded defaults. Starts an embedded
 * PostgreSQL (unless {@code RECOVA_DB_URL} is set), a local Keycloak with the realm (unless {@code
 * RECOVA_OIDC_ISSUER} is set) and Payara Micro with the WAR, prints where to go and who to log in
 * as, and stops everything on Ctrl-C. State lives in {@code .recova/} of the working directory.
 */
public final class Launcher {

  static final int KEYCLOAK_PORT = 8180;
  static final int EMBEDDED_DB_PORT = 15432;

  private final Deque<AutoCloseable> started = new ArrayDeque<>();

  public static void main(String[] args) {
    if (args.length == 0 || !args[0].equals("run")) {
      System.err.println("Usage: java -jar recova-launcher.jar run [--war FILE]");
      System.exit(2);
    }
    Options options;
    try {
      options = Options.parse(List.of(args).subList(1, args.length), System.getenv(), runtimeDir());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Launcher launcher = new Launcher();
    Runtime.getRuntime().addShutdownHook(new Thread(launcher::stopAll, "recova-shutdown"));
    try {
      launcher.run(options);
    } catch (Exception e) {
      System.err.println("Recova could not start: " + e.getMessage());
      launcher.stopAll();
      System.exit(1);
    }
  }

  void run(Options options) throws Exception {
    Instant begin = Instant.now();
    Path home = Path.of(".recova").toAbsolutePath();
    Files.createDirectories(home);
    Map<String, String> env = new HashMap<>();
    System.getenv().forEach((k, v) -> {
      if (k.startsWith("RECOVA_")) {
        env.put(k, v);
      }
    });

    if (options.externalDatabase()) {
      say("Database: " + env.get("RECOVA_DB_URL"));
    } else {
      say("Starting the embedded PostgreSQL (data in " + home.resolve("pgdata") + ")...");
      EmbeddedDatabase db = EmbeddedDatabase.start(home.resolve("pgdata"), options.dbPort());
      started.push(db);
      env.put("RECOVA_DB_URL", db.jdbcUrl());
      env.put("RECOVA_DB_USER", db.user());
      env.put("RECOVA_DB_PASSWORD", db.password());
    }

    String issuer;
    if (options.externalKeycloak()) {
      issuer = env.get("RECOVA_OIDC_ISSUER");
      say("Identity provider: " + issuer);
    } else {
      say("Starting Keycloak on port " + KEYCLOAK_PORT + " (first start takes a minute)...");
      KeycloakServer keycloak =
          KeycloakServer.start(
              options.keycloakZip(), home.resolve("keycloak"), options.realmFile(), KEYCLOAK_PORT);
      started.push(keycloak);
      issuer = keycloak.issuer();
      env.put("RECOVA_OIDC_ISSUER", issuer);
    }

    say("Starting Payara Micro on port " + options.httpPort() + "...");
    PayaraServer payara =
        PayaraServer.start(
            options.payaraJar(), options.war(), home.resolve("payara"), options.httpPort(), env);
    started.push(payara);

    String base = "http://localhost:" + options.httpPort() + "/";
    long seconds = Duration.between(begin, Instant.now()).toSeconds();
    System.out.println(
        """

        Recova is running (started in %d s).

          Application     %s
          Health          %shealth
          OpenAPI         %sopenapi
          Keycloak admin  %s (admin / admin)
          Logs            %s

          Demo logins (password demo1234 for all):
            manager    agency manager: creditor clients, registers new ones
            collector  agency collector: creditor clients (read only)
            admin      administrator
            martin     creditor client Martin Matériaux SAS: its own portal
            dupont     creditor client Dupont Équipements SARL: its own portal

        Press Ctrl-C to stop.
        """
            .formatted(
                seconds,
                base,
                base,
                base,
                issuer.replaceAll("/realms/.*$", "") + "/admin/",
                home.resolve("logs")));
    Thread.currentThread().join();
  }

  synchronized void stopAll() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        System.err.println("While stopping: " + e.getMessage());
      }
    }
  }

  private static void say(String line) {
    System.out.println("[recova] " + line);
  }

  /** Where the launcher jar sits: its build copies the runtimes into {@code runtime/} there. */
  private static Path runtimeDir() {
    try {
      Path jar =
          Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.getParent().resolve("runtime");
    } catch (URISyntaxException e) {
      return Path.of("deploy/launcher/target/runtime");
    }
  }

  /** What to run, from the command line and the environment. */
  record Options(
      Path war,
      Path payaraJar,
      Path keycloakZip,
      Path realmFile,
      int httpPort,
      int dbPort,
      boolean externalDatabase,
      boolean externalKeycloak) {

    static Options parse(List<String> args, Map<String, String> env, Path runtime) {
      Path war = Path.of("deploy/war/target/recova.war");
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        if (arg.equals("--war") && i + 1 < args.size()) {
          war = Path.of(args.get(++i));
        } else {
          throw new IllegalArgumentException("Unknown option: " + arg);
        }
      }
      if (!Files.isRegularFile(war)) {
        throw new IllegalArgumentException("No WAR at " + war + ": build first (deploy/run.sh does)");
      }
      return new Options(
          war,
          runtime.resolve("payara-micro.jar"),
          runtime.resolve("keycloak-quarkus-dist.zip"),
          Path.of("deploy/keycloak/recova-realm.json"),
          port(env, "RECOVA_HTTP_PORT", 8080),
          port(env, "RECOVA_EMBEDDED_DB_PORT", EMBEDDED_DB_PORT),
          isSet(env, "RECOVA_DB_URL"),
          isSet(env, "RECOVA_OIDC_ISSUER"));
    }

    static int port(Map<String, String> env, String name, int fallback) {
      String value = env.get(name);
      if (value == null || value.isBlank()) {
        return fallback;
      }
      try {
        int port = Integer.parseInt(value.strip());
        if (port < 1 || port > 65535) {
          throw new NumberFormatException();
        }
        return port;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a TCP port (1-65535): " + value);
      }
    }

    private static boolean isSet(Map<String, String> env, String name) {
      String value = env.get(name);
      return value != null && !value.isBlank();
    }
  }

  static void ensureReadable(Path file, String what) throws IOException {
    if (!Files.isReadable(file)) {
      throw new IOException(what + " not found at " + file);
    }
  }
}
