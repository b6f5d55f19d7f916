package io.recova.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server run from the zonky binaries on Maven Central, so a first run needs no
 * database installed. Its data directory is kept between starts: a restart finds its data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String DATABASE = "recova";
  public static final String USER = "recova";
  public static final String PASSWORD = "recova";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL on the data directory (created on first start, reused afterwards) and makes
   * sure the {@code recova} role and database exist.
   *
   * @param port the TCP port, or 0 for any free one
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setServerConfig("max_connections", "100")
            // zonky tunes for throwaway test databases (no fsync); this one holds real data.
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on");
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
    try {
      database.createRoleAndDatabase();
    } catch (SQLException e) {
      database.close();
      throw new IOException("Could not prepare the embedded database: " + e.getMessage(), e);
    }
    return database;
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

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }
}
