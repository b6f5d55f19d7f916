package io.recova.agency.audit;

import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One change to a case, money or a mandate: who did what to which entity, when, with the state
 * before and after. Append-only: the table refuses updates and deletes (see migration V1), and each event is chained to the one before it (see {@link AuditChain}).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  /**
   * Given by {@link AuditTrail} from the sequence, under the chain's lock, when the event is
   * appended, not when it is inserted: the chain is read in id order, and a transaction that
   * appends several events may insert them in any order.
   */
  @Id
  private Long id;

  @Convert(converter = InstantConverter.class)
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false)
  private String action;

  @Column(name = "entity_type", nullable = false, updatable = false)
  private String entityType;

  @Column(name = "entity_id", nullable = false, updatable = false)
  private String entityId;

  @Column(name = "before_state", updatable = false)
  private String before;

  @Column(name = "after_state", updatable = false)
  private String after;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(name = "hash", nullable = false, updatable = false)
  private String hash;

  protected AuditEvent() {}

  AuditEvent(
      long id,
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String before,
      String after,
      String previousHash) {
    this.id = id;
    this.occurredAt = AuditChain.truncate(Objects.requireNonNull(occurredAt));
    this.actor = Objects.requireNonNull(actor);
    this.action = Objects.requireNonNull(action);
    this.entityType = Objects.requireNonNull(entityType);
    this.entityId = Objects.requireNonNull(entityId);
    this.before = before;
    this.after = after;
    this.previousHash = Objects.requireNonNull(previousHash);
    this.hash =
        AuditChain.hash(
            previousHash, this.occurredAt, actor, action, entityType, entityId, before, after);
  }

  /** What the chain covers, for verification. */
  AuditChain.Link link() {
    return new AuditChain.Link(
        id, previousHash, occurredAt, actor, action, entityType, entityId, before, after, hash);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String entityType() {
    return entityType;
  }

  public String entityId() {
    return entityId;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }

  public String hash() {
    return hash;
  }
}
