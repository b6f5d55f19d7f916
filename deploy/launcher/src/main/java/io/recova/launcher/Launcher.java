package io.recova.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * {@code java -jar recova-launcher.jar run}: Recova with embedded defaults. Starts an embedded
 * PostgreSQL (unless {@code RECOVA_DB_URL} is set), a local Keycloak with the realm (unless {@code
 * RECOVA_OIDC_ISSUER} is set) and Payara Micro with the WAR, prints where to go and who to log in
 * as, and on Ctrl-C stops Payara, Keycloak and PostgreSQL in that order. State lives in {@code
 * .recova/} of the working directory.
 */
public final class Launcher {

  static final int HTTP_PORT = 8080;
  static final int KEYCLOAK_PORT = 8180;
  static final int EMBEDDED_DB_PORT = 15432;
  static final int MAIL_PORT = 2525;

  static final String USAGE =
      """
      Usage: java -jar recova-launcher.jar run [options]

      Runs Recova: an embedded PostgreSQL, a local Keycloak with the recova realm and Payara Micro
      with the WAR. State (database, Keycloak, logs) is kept in .recova/ of the current directory.

      Options:
        --war FILE           the WAR (default deploy/war/target/recova.war)
        --runtime DIR        where payara-micro.jar and keycloak-quarkus-dist.zip are
                             (default: runtime/ beside the launcher jar)
        --payara-jar FILE    Payara Micro jar (default RUNTIME/payara-micro.jar)
        --keycloak-zip FILE  Keycloak distribution (default RUNTIME/keycloak-quarkus-dist.zip)
        --realm FILE         realm to import (default deploy/keycloak/recova-realm.json, else the
                             copy inside the launcher)
        --work-dir DIR       state directory (default .recova)
        --help               this text

      Environment:
        RECOVA_DB_URL, RECOVA_DB_USER, RECOVA_DB_PASSWORD   use this PostgreSQL, start none
        RECOVA_OIDC_ISSUER                                  use this realm, start no Keycloak
        RECOVA_SMTP_HOST                                    send e-mail there, start no local mailbox
        RECOVA_HTTP_PORT (8080), RECOVA_KEYCLOAK_PORT (8180), RECOVA_EMBEDDED_DB_PORT (15432)
        RECOVA_MAIL_PORT (2525)                             SMTP port of the local mailbox
        RECOVA_KEYCLOAK_JAVA_HOME                           JDK 21+ for Keycloak
        Every RECOVA_* variable is passed on to the application.
      """;

  private record Running(String name, AutoCloseable server) {}

  private final Options options;
  private final Map<String, String> environment;
  private final PrintStream out;
  private final Deque<Running> running = new ArrayDeque<>();
  private volatile boolean stopping;

  Launcher(Options options, Map<String, String> environment, PrintStream out) {
    this.options = options;
    this.environment = environment;
    this.out = out;
  }

  public static void main(String[] args) {
    // Before any logging: one line per record on the console.
    System.setProperty("java.util.logging.SimpleFormatter.format", "[recova] %4$s: %5$s%6$s%n");
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    List<String> arguments = List.of(args);
    if (arguments.isEmpty() || arguments.contains("--help") || arguments.contains("-h")) {
      out.print(USAGE);
      System.exit(arguments.isEmpty() ? 2 : 0);
    }
    if (!arguments.get(0).equals("run")) {
      System.err.println("Unknown command: " + arguments.get(0) + " (try run)");
      System.exit(2);
    }
    Options options;
    try {
      options =
          Options.parse(arguments.subList(1, arguments.size()), System.getenv(), runtimeDir());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("See java -jar recova-launcher.jar --help");
      System.exit(2);
      return;
    }
    Launcher launcher = new Launcher(options, System.getenv(), out);
    Runtime.getRuntime().addShutdownHook(new Thread(launcher::stopAll, "recova-shutdown"));
    try {
      launcher.start();
    } catch (Exception e) {
      if (!launcher.stopping) {
        System.err.println("Recova could not start: " + e.getMessage());
      }
      System.exit(1); // The shutdown hook stops what had started.
    }
    System.exit(launcher.awaitUnexpectedStop());
  }

  /** Starts everything and prints where to go; returns when Recova is ready. */
  void start() throws IOException {
    long begin = System.nanoTime();
    Path work = options.workDir().toAbsolutePath();
    Path logs = work.resolve("logs");
    Files.createDirectories(logs);
    checkBeforeStarting(work);
    logToFile("io.zonky", logs.resolve("postgres.log"));

    Map<String, String> appEnv = new LinkedHashMap<>();
    environment.forEach(
        (name, value) -> {
          if (name.startsWith("RECOVA_")) {
            appEnv.put(name, value);
          }
        });
    List<String> timings = new ArrayList<>();

    if (options.externalDatabase()) {
      say("Database: " + environment.get("RECOVA_DB_URL"));
    } else {
      say("Starting the embedded PostgreSQL on port " + options.dbPort() + "...");
      long t = System.nanoTime();
      EmbeddedDatabase db = EmbeddedDatabase.start(work.resolve("pgdata"), options.dbPort());
      track("PostgreSQL", db);
      timings.add("PostgreSQL " + seconds(t));
      appEnv.put("RECOVA_DB_URL", db.jdbcUrl());
      appEnv.put("RECOVA_DB_USER", db.user());
      appEnv.put("RECOVA_DB_PASSWORD", db.password());
    }

    KeycloakServer keycloak = null;
    if (options.externalKeycloak()) {
      say("Identity provider: " + environment.get("RECOVA_OIDC_ISSUER"));
    } else {
      say(
          "Starting Keycloak on port "
              + options.keycloakPort()
              + " (the first start takes a minute)...");
      long t = System.nanoTime();
      keycloak =
          KeycloakServer.start(
              options.keycloakZip(),
              work.resolve("keycloak"),
              realmFile(work),
              options.keycloakPort());
      track("Keycloak", keycloak);
      timings.add("Keycloak " + seconds(t));
      appEnv.put("RECOVA_OIDC_ISSUER", keycloak.issuer());
    }

    LocalMailbox mailbox = null;
    if (!environment.containsKey("RECOVA_SMTP_HOST")) {
      mailbox = LocalMailbox.start(work.resolve("mail"), options.mailPort());
      track("mailbox", mailbox);
      appEnv.put("RECOVA_SMTP_HOST", "127.0.0.1");
      appEnv.put("RECOVA_SMTP_PORT", Integer.toString(mailbox.port()));
    }

    say("Starting Payara Micro on port " + options.httpPort() + " with " + options.war() + "...");
    long t = System.nanoTime();
    PayaraServer payara =
        PayaraServer.start(
            options.payaraJar(),
            options.war(),
            work.resolve("payara"),
            options.httpPort(),
            appEnv,
            logs.resolve("payara.log"));
    track("Payara Micro", payara);
    timings.add("Payara Micro " + seconds(t));

    out.print(
        summary(
            payara.url(),
            keycloak,
            seconds(begin) + " (" + String.join(", ", timings) + ")",
            logs,
            keycloak == null ? null : keycloak.log(),
            mailbox == null ? null : mailbox.folder()));
  }

  /**
   * Refuses early, before anything starts, what would fail later with a stack trace. Servers that
   * an earlier, killed launcher left running on this work directory are stopped first: their ports
   * are no reason to refuse.
   */
  private void checkBeforeStarting(Path work) throws IOException {
    PayaraServer.stopLeftover(work.resolve("payara"));
    if (!options.externalKeycloak()) {
      KeycloakServer.stopLeftover(work.resolve("keycloak"));
    }
    if (!options.externalDatabase()) {
      EmbeddedDatabase.stopLeftoverServer(work.resolve("pgdata"));
    }
    requireFile(options.payaraJar(), "Payara Micro", "--payara-jar");
    if (!options.externalKeycloak()) {
      requireFile(options.keycloakZip(), "The Keycloak distribution", "--keycloak-zip");
    }
    requireFreePort(options.httpPort(), "Payara Micro", "RECOVA_HTTP_PORT");
    if (!options.externalKeycloak()) {
      requireFreePort(options.keycloakPort(), "Keycloak", "RECOVA_KEYCLOAK_PORT");
    }
    if (!options.externalDatabase()) {
      requireFreePort(options.dbPort(), "the embedded PostgreSQL", "RECOVA_EMBEDDED_DB_PORT");
    }
    if (!environment.containsKey("RECOVA_SMTP_HOST")) {
      requireFreePort(options.mailPort(), "the local mailbox", "RECOVA_MAIL_PORT");
    }
  }

  private static void requireFile(Path file, String what, String option) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          what
              + " is not at "
              + file
              + ": build the launcher (./mvnw install, which deploy/run.sh runs) or pass "
              + option);
    }
  }

  static void requireFreePort(int port, String forWhat, String variable) throws IOException {
    if (!ChildProcess.isFree(port)) {
      throw new IOException(
          "Port "
              + port
              + " (for "
              + forWhat
              + ") is already in use. Is Recova already running? Stop what listens there"
              + " (ss -ltnp | grep :"
              + port
              + ") or choose another port with "
              + variable
              + ".");
    }
  }

  /** The realm from the source tree when run from it, else the copy inside the launcher jar. */
  private Path realmFile(Path work) throws IOException {
    if (options.realmFile() != null) {
      return options.realmFile();
    }
    Path source = Path.of("deploy/keycloak/recova-realm.json");
    if (Files.isRegularFile(source)) {
      return source;
    }
    Path copy = work.resolve("recova-realm.json");
    try (InputStream in = Launcher.class.getResourceAsStream("recova-realm.json")) {
      if (in == null) {
        throw new IOException("No realm file: pass --realm");
      }
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    }
    return copy;
  }

  static String summary(
      String url, KeycloakServer keycloak, String took, Path logs, Path keycloakLog,
      Path mail) {
    StringBuilder text = new StringBuilder();
    text.append("\nRecova is running, started in ").append(took).append(".\n\n");
    text.append(row("Application", url));
    text.append(row("Health", url + "health"));
    text.append(row("OpenAPI", url + "openapi"));
    if (keycloak != null) {
      text.append(
          row(
              "Keycloak admin",
              keycloak.adminConsoleUrl()
                  + "  ("
                  + KeycloakServer.ADMIN_USER
                  + " / "
                  + KeycloakServer.ADMIN_PASSWORD
                  + ")"));
    }
    text.append(row("Logs", logs + (keycloakLog == null ? "" : ", " + keycloakLog)));
    if (mail != null) {
      text.append(row("E-mail", "letters e-mailed by Recova are kept as .eml files in " + mail));
    }
    if (keycloak != null) {
      text.append("\n  Demo logins:\n\n");
      String columns = "    %-10s %-9s %-10s %s%n";
      text.append(String.format(Locale.ROOT, columns, "user", "password", "role", "sees"));
      for (String[] user : DEMO_USERS) {
        text.append(String.format(Locale.ROOT, columns, user[0], "demo1234", user[1], user[2]));
      }
    }
    text.append("\nPress Ctrl-C to stop.\n");
    return text.toString();
  }

  private static final String[][] DEMO_USERS = {
    {"manager", "manager", "agency console: creditor clients, registers new ones"},
    {"collector", "collector", "agency console: work queue, cases, letters, disputes"},
    {"admin", "admin", "agency console, administration"},
    {"martin", "client", "creditor portal of Martin Matériaux SAS only"},
    {"dupont", "client", "creditor portal of Dupont Équipements SARL only"},
  };

  private static String row(String label, String value) {
    return String.format(Locale.ROOT, "  %-15s %s%n", label, value);
  }

  /**
   * Waits until a server stops by itself (a crash, an out-of-memory exit), says so and returns the
   * exit status for the launcher; a Ctrl-C ends the JVM through the shutdown hook instead.
   */
  int awaitUnexpectedStop() {
    List<Running> servers;
    synchronized (this) {
      servers = new ArrayList<>(running);
    }
    CompletableFuture<?>[] exits =
        servers.stream()
            .map(Running::server)
            .map(Launcher::childOf)
            .filter(java.util.Objects::nonNull)
            .map(ChildProcess::onExit)
            .toArray(CompletableFuture[]::new);
    if (exits.length == 0) {
      return 0;
    }
    CompletableFuture.anyOf(exits).join();
    if (!stopping) {
      for (Running r : servers) {
        ChildProcess child = childOf(r.server());
        if (child != null && !child.isAlive()) {
          System.err.println(
              "[recova] "
                  + r.name()
                  + " stopped unexpectedly; see "
                  + child.log()
                  + ". Stopping Recova.");
        }
      }
    }
    return 1;
  }

  private static ChildProcess childOf(AutoCloseable server) {
    if (server instanceof PayaraServer payara) {
      return payara.process();
    }
    if (server instanceof KeycloakServer keycloak) {
      return keycloak.process();
    }
    return null;
  }

  /**
   * Remembers a started server for the ordered stop; one that finished starting after Ctrl-C is
   * stopped at once.
   */
  private synchronized void track(String name, AutoCloseable server) {
    if (stopping) {
      try {
        server.close();
      } catch (Exception e) {
        System.err.println("[recova] While stopping " + name + ": " + e.getMessage());
      }
      throw new IllegalStateException("Stopping");
    }
    running.push(new Running(name, server));
  }

  /** Stops the servers newest first: Payara, then Keycloak, then PostgreSQL. */
  synchronized void stopAll() {
    stopping = true;
    while (!running.isEmpty()) {
      Running r = running.pop();
      say("Stopping " + r.name() + "...");
      try {
        r.server().close();
      } catch (Exception e) {
        System.err.println("[recova] While stopping " + r.name() + ": " + e.getMessage());
      }
    }
    // A server still starting when Ctrl-C came is in no list yet.
    ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
  }

  private void say(String line) {
    out.println("[recova] " + line);
  }

  private static String seconds(long sinceNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - sinceNanos) / 1e9);
  }

  /** zonky logs PostgreSQL's output line by line: to a file, not over the launcher's text. */
  private static void logToFile(String loggerName, Path file) throws IOException {
    FileHandler handler = new FileHandler(file.toString(), true);
    handler.setFormatter(
        new Formatter() {
          @Override
          public String format(LogRecord record) {
            return record.getInstant() + " " + formatMessage(record) + System.lineSeparator();
          }
        });
    Logger logger = Logger.getLogger(loggerName);
    logger.addHandler(handler);
    logger.setUseParentHandlers(false);
    // Held strongly: LogManager keeps loggers only weakly, and with them this configuration.
    CONFIGURED_LOGGERS.add(logger);
  }

  private static final List<Logger> CONFIGURED_LOGGERS = new ArrayList<>();

  /** Where the launcher jar sits: its build copies the runtimes into {@code runtime/} there. */
  private static Path runtimeDir() {
    try {
      Path jar =
          Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.getParent().resolve("runtime");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("deploy/launcher/target/runtime");
    }
  }

  private static final List<String> OPTIONS =
      List.of("--war", "--runtime", "--payara-jar", "--keycloak-zip", "--realm", "--work-dir");

  /** What to run, from the command line and the environment. */
  record Options(
      Path war,
      Path payaraJar,
      Path keycloakZip,
      Path realmFile,
      Path workDir,
      int httpPort,
      int keycloakPort,
      int dbPort,
      int mailPort,
      boolean externalDatabase,
      boolean externalKeycloak) {

    /**
     * @param args the options after {@code run}
     * @param runtime the default directory of the Payara Micro jar and the Keycloak zip
     * @throws IllegalArgumentException with a message for the user
     */
    static Options parse(List<String> args, Map<String, String> env, Path runtime) {
      Path war = Path.of("deploy/war/target/recova.war");
      Path payaraJar = null;
      Path keycloakZip = null;
      Path realm = null;
      Path workDir = Path.of(".recova");
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        if (!OPTIONS.contains(name)) {
          throw new IllegalArgumentException("Unknown option: " + name);
        }
        String value;
        if (arg.contains("=")) {
          value = arg.substring(arg.indexOf('=') + 1);
        } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
          value = args.get(++i);
        } else {
          throw new IllegalArgumentException("Option " + name + " needs a value");
        }
        switch (name) {
          case "--war" -> war = Path.of(value);
          case "--runtime" -> runtime = Path.of(value);
          case "--payara-jar" -> payaraJar = Path.of(value);
          case "--keycloak-zip" -> keycloakZip = Path.of(value);
          case "--realm" -> realm = Path.of(value);
          case "--work-dir" -> workDir = Path.of(value);
          default -> throw new IllegalArgumentException("Unknown option: " + name);
        }
      }
      if (!Files.isRegularFile(war)) {
        throw new IllegalArgumentException(
            "No WAR at "
                + war.toAbsolutePath()
                + ": build first (deploy/run.sh does) or pass --war");
      }
      if (realm != null && !Files.isRegularFile(realm)) {
        throw new IllegalArgumentException("No realm file at " + realm.toAbsolutePath());
      }
      return new Options(
          war,
          payaraJar != null ? payaraJar : runtime.resolve("payara-micro.jar"),
          keycloakZip != null ? keycloakZip : runtime.resolve("keycloak-quarkus-dist.zip"),
          realm,
          workDir,
          port(env, "RECOVA_HTTP_PORT", HTTP_PORT),
          port(env, "RECOVA_KEYCLOAK_PORT", KEYCLOAK_PORT),
          port(env, "RECOVA_EMBEDDED_DB_PORT", EMBEDDED_DB_PORT),
          port(env, "RECOVA_MAIL_PORT", MAIL_PORT),
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
}
