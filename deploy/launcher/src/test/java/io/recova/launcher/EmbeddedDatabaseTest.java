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
        ResultSet fsync = c.createStatement().executeQuery("show fsync")) {
      fsync.next();
      assertThat(fsync.getString(1)).isEqualTo("on");
    }
  }
}
