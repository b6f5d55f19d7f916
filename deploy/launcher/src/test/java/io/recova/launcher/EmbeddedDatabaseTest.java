package io.recova.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

  @TempDir Path dataDirectory;

  @Test
  void keepsItsDataAcrossARestart() throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDirectory, 0);
        Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      c.createStatement().execute("create table note (text varchar(50))");
      c.createStatement().execute("insert into note values ('written before the restart')");
    }

    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDirectory, 0);
        Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
        ResultSet rs = c.createStatement().executeQuery("select text from note")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("written before the restart");
    }
  }

  @Test
  void writesDurablyUnlikeATestDatabase() throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDirectory, 0);
        Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
        ResultSet settings =
            c.createStatement()
                .executeQuery(
                    "select current_setting('fsync'), current_setting('synchronous_commit')")) {
      settings.next();
      assertThat(settings.getString(1)).isEqualTo("on");
      assertThat(settings.getString(2)).isEqualTo("on");
    }
  }

  @Test
  void aThrowawayDatabaseIsGoneAfterClose() throws Exception {
    Path directory;
    try (EmbeddedDatabase db = EmbeddedDatabase.startTemporary();
        Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      directory = db.dataDirectory();
      assertThat(c.getMetaData().getDatabaseProductVersion()).startsWith("16.");
      assertThat(directory.resolve("PG_VERSION")).exists();
    }
    assertThat(directory).doesNotExist();
  }

  @Test
  void recognisesTheServerRunningOnItsDataDirectory() throws Exception {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDirectory, 0)) {
      assertThat(EmbeddedDatabase.leftoverServer(dataDirectory)).isPresent();
    }
    assertThat(EmbeddedDatabase.leftoverServer(dataDirectory)).isEmpty();
  }
}
