package io.recova.agency.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain that makes the audit trail tamper-evident: each event's hash covers its content
 * and the previous event's hash, so changing, removing or inserting an event breaks every link
 * after it.
 *
 * <p>The canonical form is the same as the SQL function {@code audit_event_hash} (migration V2):
 * each field as {@code <length in code points>:<text>}, {@code -1:} for null, in the order previous
 * hash, time in epoch microseconds, actor, action, entity type, entity id, before, after; SHA-256,
 * lower-case hex. Lengths make the encoding unambiguous whatever the fields contain.
 */
public final class AuditChain {

  /** The "previous hash" of the first event. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** The content of one event, as the chain sees it. */
  public record Link(
      long id,
      String previousHash,
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String before,
      String after,
      String hash) {}

  /** The outcome of a verification: intact, or the first event where the chain breaks and why. */
  public record Verification(boolean intact, long checked, Long firstBrokenEventId, String reason) {

    static Verification intact(long checked) {
      return new Verification(true, checked, null, null);
    }

    static Verification broken(long checked, long eventId, String reason) {
      return new Verification(false, checked, eventId, reason);
    }
  }

  /** The time as the chain records it: PostgreSQL keeps microseconds, so the chain does too. */
  public static Instant truncate(Instant time) {
    return time.truncatedTo(ChronoUnit.MICROS);
  }

  public static String hash(
      String previousHash,
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String before,
      String after) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt);
    StringBuilder canonical = new StringBuilder();
    for (String field :
        new String[] {
          previousHash, Long.toString(micros), actor, action, entityType, entityId, before, after
        }) {
      if (field == null) {
        canonical.append("-1:");
      } else {
        canonical.append(field.codePointCount(0, field.length())).append(':').append(field);
      }
    }
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Checks the events, oldest first: every link must point at its predecessor and hash right. */
  public static Verification verify(List<Link> events) {
    String expectedPrevious = GENESIS;
    long checked = 0;
    for (Link event : events) {
      if (!expectedPrevious.equals(event.previousHash())) {
        return Verification.broken(
            checked,
            event.id(),
            "event "
                + event.id()
                + " does not follow the one before it: an event was removed, inserted or changed");
      }
      String recomputed =
          hash(
              event.previousHash(),
              event.occurredAt(),
              event.actor(),
              event.action(),
              event.entityType(),
              event.entityId(),
              event.before(),
              event.after());
      if (!recomputed.equals(event.hash())) {
        return Verification.broken(
            checked, event.id(), "event " + event.id() + " was changed after it was recorded");
      }
      expectedPrevious = event.hash();
      checked++;
    }
    return Verification.intact(checked);
  }
}
