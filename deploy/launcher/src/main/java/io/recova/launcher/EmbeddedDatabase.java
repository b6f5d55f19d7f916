package io.recova.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A PostgreSQL server run from the zonky binaries on Maven Central, so a first run needs no
 * database installed. Its data directory is kept between starts: a restart finds its data.
 *
 * <p>zonky's Linux binaries are built so that they also run as root (plain PostgreSQL refuses to).
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String DATABASE = "recova";
  public static final String USER = "recova";
  public static final String PASSWORD = "recova";

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final boolean throwaway;
  private final Thread closeOnExit;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, boolean throwaway) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.throwaway = throwaway;
    // A test database must not outlive its JVM. A persistent one is stopped by its owner, in its
    // order; if it is left running, the next start on its data directory stops it.
    this.closeOnExit = throwaway ? new Thread(this::stopAndClean, "embedded-postgres-stop") : null;
    if (closeOnExit != null) {
      Runtime.getRuntime().addShutdownHook(closeOnExit);
    }
  }

  /**
   * Starts PostgreSQL on the data directory (created on first start, reused afterwards) and makes
   * sure the {@code recova} role and database exist.
   *
   * @param port the TCP port, or 0 for any free one
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
    return start(dataDirectory.toAbsolutePath(), port, false);
  }

  /**
   * A throwaway database for tests: a fresh temporary data directory, deleted by {@link #close()}.
   */
  public static EmbeddedDatabase startTemporary() throws IOException {
    return start(Files.createTempDirectory("recova-pg-"), 0, true);
  }

  private static EmbeddedDatabase start(Path dataDirectory, int port, boolean throwaway)
      throws IOException {
    Files.createDirectories(dataDirectory);
    stopLeftoverServer(dataDirectory);
    if (port > 0 && !ChildProcess.isFree(port)) {
      throw new IOException("Port " + port + " is already in use: PostgreSQL cannot listen there");
    }
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            // The owner stops it (the launcher in its order: after Payara); zonky's own hook would
            // stop it at the same time as the servers that still use it.
            .setRegisterShutdownHook(false)
            // Recovery after a crash can take longer than zonky's 10 s on a busy machine.
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("max_connections", "100");
    if (!throwaway) {
      // zonky tunes for test databases (synchronous_commit off); this one holds real data.
      builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
    }
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedPostgres postgres;
    try {
      postgres = builder.start();
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          "Embedded PostgreSQL did not start on "
              + dataDirectory
              + " (is another Recova using it?): "
              + e.getMessage(),
          e);
    }
    EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory, throwaway);
    try {
      database.createRoleAndDatabase();
    } catch (SQLException e) {
      database.close();
      throw new IOException("Could not prepare the embedded database: " + e.getMessage(), e);
    }
    return database;
  }

  /**
   * A launcher that was killed (not stopped) leaves its PostgreSQL running, as pg_ctl detaches it;
   * that server still holds the data directory, so stop it before starting a new one.
   */
  static void stopLeftoverServer(Path dataDirectory) {
    leftoverServer(dataDirectory)
        .ifPresent(
            server -> {
              LOG.info(
                  "Stopping the PostgreSQL left running on "
                      + dataDirectory
                      + " (pid "
                      + server.pid()
                      + ")");
              server.destroy();
              try {
                server.onExit().get(30, TimeUnit.SECONDS);
              } catch (Exception e) {
                server.destroyForcibly();
              }
            });
  }

  static Optional<ProcessHandle> leftoverServer(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(pidFile);
      long pid = Long.parseLong(lines.get(0).strip());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    } catch (IOException | RuntimeException e) {
      // A torn pid file: PostgreSQL itself sorts out stale ones.
      return Optional.empty();
    }
  }

  private void createRoleAndDatabase() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
        if (!rs.next()) {
          s.execute("create role " + USER + " login password '" + PASSWORD + "'");
        }
      }
      try (ResultSet rs =
          s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        if (!rs.next()) {
          s.execute("create database " + DATABASE + " owner " + USER);
        }
      }
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
  }

  public String user() {
    return USER;
  }

  public String password() {
    return PASSWORD;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** Stops PostgreSQL (a fast shutdown); a throwaway database is also deleted. */
  @Override
  public void close() {
    if (closeOnExit != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(closeOnExit);
      } catch (IllegalStateException e) {
        // Shutting down already: the hook does the same.
      }
    }
    stopAndClean();
  }

  private synchronized void stopAndClean() {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Embedded PostgreSQL did not stop cleanly", e);
    }
    if (throwaway) {
      try {
        Directories.deleteRecursively(dataDirectory);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not delete " + dataDirectory, e);
      }
    }
  }
}
