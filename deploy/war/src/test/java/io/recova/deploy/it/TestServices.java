package io.recova.deploy.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.recova.launcher.EmbeddedDatabase;
import io.recova.launcher.KeycloakServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the integration tests need once per test run, before any Payara Micro starts: a
 * PostgreSQL database and a Keycloak with the {@code recova} realm.
 *
 * <p>The database is the one {@code RECOVA_TEST_DB_URL} names (CI provides the machine's
 * PostgreSQL 15), otherwise a throwaway embedded PostgreSQL, so the tests also run on a machine with
 * no database installed. Keycloak likewise: {@code RECOVA_TEST_OIDC_ISSUER}, or a local one from
 * its Maven Central distribution. Only active in the integration-test run ({@code recova.it}).
 */
public class TestServices implements LauncherSessionListener {

  private static final Logger LOG = Logger.getLogger(TestServices.class.getName());

  private static String dbUrl;
  private static String dbUser;
  private static String dbPassword;
  private static String issuer;
  private static EmbeddedDatabase embeddedDatabase;
  private static KeycloakServer keycloak;
  private static GreenMail mail;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("recova.it") || issuer != null) {
      return;
    }
    try {
      startDatabase();
      startKeycloak();
      startMail();
    } catch (Exception e) {
      launcherSessionClosed(session);
      throw new IllegalStateException("Could not start the test services: " + e.getMessage(), e);
    }
    System.setProperty(
        "recova.it.cmdOptions",
        String.join(
            " ",
            "-Xmx768m",
            // As the launcher starts Payara (PayaraServer.JSON_PROVIDER), so that the suite
            // runs what production runs: a wrong name here would fail every JSON request.
            "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl",
            "-DRECOVA_DB_URL=" + dbUrl,
            "-DRECOVA_DB_USER=" + dbUser,
            "-DRECOVA_DB_PASSWORD=" + dbPassword,
            "-DRECOVA_OIDC_ISSUER=" + issuer,
            // The suite runs at any hour: contacts are allowed round the clock, one call a day
            // (the hours themselves are unit-tested with a fixed clock).
            "-DRECOVA_CONTACT_DAYS=MON-SUN",
            "-DRECOVA_CONTACT_HOURS=00:00-24:00",
            "-DRECOVA_SMTP_HOST=127.0.0.1",
            "-DRECOVA_SMTP_PORT=" + mail.getSmtp().getPort(),
            "-DRECOVA_SMTP_FROM=recouvrement@recova.test"));
  }

  private static void startDatabase() throws Exception {
    String external = System.getenv("RECOVA_TEST_DB_URL");
    if (external != null && !external.isBlank()) {
      dbUrl = external;
      dbUser = envOr("RECOVA_TEST_DB_USER", "recova");
      dbPassword = envOr("RECOVA_TEST_DB_PASSWORD", "recova");
      LOG.info("Integration tests use the PostgreSQL at " + dbUrl);
      return;
    }
    Path dir = Files.createTempDirectory("recova-it-pg");
    embeddedDatabase = EmbeddedDatabase.start(dir, 0);
    dbUrl = embeddedDatabase.jdbcUrl();
    dbUser = embeddedDatabase.user();
    dbPassword = embeddedDatabase.password();
    LOG.info("Integration tests use an embedded PostgreSQL at " + dbUrl);
  }

  private static void startKeycloak() throws Exception {
    String external = System.getenv("RECOVA_TEST_OIDC_ISSUER");
    if (external != null && !external.isBlank()) {
      issuer = external;
      return;
    }
    Path work = Path.of(System.getProperty("recova.workDir", "target/it-work"));
    keycloak =
        KeycloakServer.start(
            Path.of(System.getProperty("recova.keycloakZip")),
            work.resolve("keycloak"),
            Path.of(System.getProperty("recova.realmFile")),
            0);
    issuer = keycloak.issuer();
  }

  /** A real SMTP server on a free port of the loopback, which Recova sends its e-mail to. */
  private static void startMail() {
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
        .dynamicPort());
    mail.start();
    LOG.info("Integration tests catch e-mail on SMTP port " + mail.getSmtp().getPort());
  }

  /** The SMTP server the application sends to; tests read what it received. */
  public static GreenMail mail() {
    return mail;
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (mail != null) {
      mail.stop();
      mail = null;
    }
    if (keycloak != null) {
      keycloak.close();
      keycloak = null;
    }
    if (embeddedDatabase != null) {
      embeddedDatabase.close();
      embeddedDatabase = null;
    }
  }

  /** Where the test database is, for tests that need a connection of their own. */
  public static String dbUrl() {
    return dbUrl;
  }

  public static String dbUser() {
    return dbUser;
  }

  public static String dbPassword() {
    return dbPassword;
  }

  public static String issuer() {
    return issuer;
  }

  /** Rows in a table, read straight from the database the application uses. */
  public static long count(String table) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException(table);
    }
    try (Connection c = connect();
        ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The audit trail of one entity as "action by actor", oldest first. */
  public static List<String> auditEventsOf(String entityType, String entityId) {
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select action, actor from audit_event where entity_type = ? and entity_id = ?"
                    + " order by id")) {
      ps.setString(1, entityType);
      ps.setString(2, entityId);
      List<String> events = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          events.add(rs.getString(1) + " by " + rs.getString(2));
        }
      }
      return events;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs SQL statements as the application's database user would (for tamper tests). */
  public static void execute(String... statements) {
    try (Connection c = connect()) {
      for (String sql : statements) {
        c.createStatement().execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row of a query. */
  public static String queryOne(String sql) {
    try (Connection c = connect();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row of a query, in its order. */
  public static java.util.List<String> queryAll(String sql) {
    try (Connection c = connect();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      java.util.List<String> values = new java.util.ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
