package io.recova.bench;

import io.recova.agency.audit.AuditChain;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Appends generated audit events to the real, hash-chained trail: the states are written with
 * JSON-B like the application's AuditTrail, and each event is linked and hashed by the
 * application's own AuditChain, so the trail's verification passes on generated data.
 */
final class AuditWriter {

  /**
   * The advisory lock that serialises appends to the chain, the same key as the application's
   * AuditTrail ("AUDT"): a running Recova cannot append between the head read here and the
   * generator's commit.
   */
  private static final long CHAIN_LOCK = 0x41554454L;

  private static final Jsonb JSON = JsonbBuilder.create();

  private final CopyTable table;
  private String previous;

  AuditWriter(CopyTable table) {
    this.table = table;
  }

  /** Locks the chain for the connection's transaction and reads its head. */
  void begin(Connection connection) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute("select pg_advisory_xact_lock(" + CHAIN_LOCK + ")");
      try (var rows = statement.executeQuery(
          "select hash from audit_event order by id desc limit 1")) {
        previous = rows.next() ? rows.getString(1) : AuditChain.GENESIS;
      }
    }
  }

  void record(Instant at, String actor, String action, String entityType, Object entityId,
      Object before, Object after) {
    Instant time = AuditChain.truncate(at);
    String beforeJson = before == null ? null : JSON.toJson(before);
    String afterJson = after == null ? null : JSON.toJson(after);
    String id = String.valueOf(entityId);
    String hash = AuditChain.hash(previous, time, actor, action, entityType, id, beforeJson,
        afterJson);
    table.row(time, actor, action, entityType, id, beforeJson, afterJson, previous, hash);
    previous = hash;
  }
}
