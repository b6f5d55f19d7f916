package io.recova.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/** The PostgreSQL Recova runs on: RECOVA_DB_URL / _USER / _PASSWORD, as the application reads. */
record Database(String url, String user, String password) {

  static Database from(Options options) {
    return new Database(
        options.text("db-url", "RECOVA_DB_URL", "jdbc:postgresql://localhost:5432/recova_bench"),
        options.text("db-user", "RECOVA_DB_USER", "recova"),
        options.text("db-password", "RECOVA_DB_PASSWORD", "recova"));
  }

  Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url, user, password);
    connection.setAutoCommit(false);
    return connection;
  }

  /**
   * Brings the schema to the application's version with the application's own migrations (the
   * same Flyway set-up as its DatabaseMigration), so the generator fills an empty database as
   * well as one Recova already started on.
   */
  void migrate() {
    var result = Flyway.configure(Database.class.getClassLoader())
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
    System.out.println("Schema at version " + result.targetSchemaVersion + " ("
        + result.migrationsExecuted + " migration(s) applied now)");
  }
}
