package io.recova.bench;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Rows of one table buffered in PostgreSQL's COPY text format and sent with pgjdbc's CopyManager:
 * the fastest way into the real tables, with their constraints and triggers still in force.
 */
final class CopyTable {

  private final String table;
  private final String columns;
  private final int width;
  private final StringBuilder buffer = new StringBuilder(1 << 16);
  private int pending;
  private long written;

  CopyTable(String table, String... columns) {
    this.table = table;
    this.columns = String.join(", ", columns);
    this.width = columns.length;
  }

  String name() {
    return table;
  }

  /** Appends one row; values are written with their SQL text form, null as \N. */
  CopyTable row(Object... values) {
    if (values.length != width) {
      throw new IllegalArgumentException(table + " has " + width + " columns, not "
          + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        buffer.append('\t');
      }
      append(values[i]);
    }
    buffer.append('\n');
    pending++;
    return this;
  }

  private void append(Object value) {
    if (value == null) {
      buffer.append("\\N");
    } else if (value instanceof BigDecimal d) {
      buffer.append(d.toPlainString());
    } else if (value instanceof UUID || value instanceof LocalDate || value instanceof Instant
        || value instanceof Number || value instanceof Boolean) {
      // ISO forms, which PostgreSQL reads as they are; none contains a character to escape.
      buffer.append(value);
    } else {
      escape(value.toString());
    }
  }

  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(c);
      }
    }
  }

  int pending() {
    return pending;
  }

  long written() {
    return written;
  }

  /** Sends the buffered rows in the connection's current transaction. */
  void flush(Connection connection) throws SQLException {
    if (pending == 0) {
      return;
    }
    try {
      connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
          "copy " + table + " (" + columns + ") from stdin",
          new StringReader(buffer.toString()));
    } catch (IOException e) {
      throw new SQLException("COPY into " + table + " failed", e);
    }
    written += pending;
    buffer.setLength(0);
    pending = 0;
  }
}
