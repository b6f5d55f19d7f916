package io.recova.agency.audit;

import io.recova.agency.platform.persistence.SequenceBlocks;
import io.recova.agency.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Records audit events in the caller's transaction, so a change and its trace commit or roll back
 * together: there is never a change without its event, nor an event for a change that failed.
 */
@ApplicationScoped
public class AuditTrail {

  private static final Jsonb JSON = JsonbBuilder.create();

  /** The advisory lock key that serialises appends to the chain ("AUDT"). */
  static final long CHAIN_LOCK = 0x41554454L;

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject Clock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  /** Key of the chain head appended last in the current transaction. */
  private static final Object CHAIN_HEAD = new Object();

  /**
   * Key of the current transaction's event ids ({@link SequenceBlocks}). They are taken only
   * under the chain's lock, which every appender holds until commit: the ids a transaction holds
   * are above every event committed before it and below every one committed after it, so id
   * order stays append order however many it takes at once.
   */
  private static final Object IDS = new Object();

  /**
   * @param before the state before the change (a read model record), or null for a creation
   * @param after the state after the change, or null for a removal
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Caller actor, String action, String entityType, Object entityId, Object before, Object after) {
    // One writer at a time, until commit: two concurrent events must not both claim the same
    // predecessor (the unique index on previous_hash would refuse the second anyway).
    // The lock is held until commit, so the chain's head read once stays the head for the whole
    // transaction: later events of the same transaction link to the last one appended here,
    // without a query (which, in COMMIT flush mode, would not even see them).
    String previous = (String) transactions.getResource(CHAIN_HEAD);
    if (previous == null) {
      em.createNativeQuery("select pg_advisory_xact_lock(" + CHAIN_LOCK + ")").getSingleResult();
      previous =
          em.createQuery("select e.hash from AuditEvent e order by e.id desc", String.class)
              .setMaxResults(1)
              .getResultStream()
              .findFirst()
              .orElse(AuditChain.GENESIS);
    }
    SequenceBlocks ids = (SequenceBlocks) transactions.getResource(IDS);
    if (ids == null) {
      ids = new SequenceBlocks(em, "audit_event_id_seq");
      transactions.putResource(IDS, ids);
    }
    AuditEvent event =
        new AuditEvent(
            ids.next(),
            clock.instant(),
            actor.username(),
            action,
            entityType,
            String.valueOf(entityId),
            before == null ? null : JSON.toJson(before),
            after == null ? null : JSON.toJson(after),
            previous);
    em.persist(event);
    transactions.putResource(CHAIN_HEAD, event.hash());
  }

  /** Recomputes the whole chain, oldest event first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AuditChain.Verification verify() {
    try (var events =
        em.createQuery("select e from AuditEvent e order by e.id", AuditEvent.class)
            .getResultStream()) {
      return AuditChain.verify(events.map(AuditEvent::link).toList());
    }
  }

  /** The events of one entity, oldest first. */
  public List<AuditEvent> eventsOf(String entityType, Object entityId) {
    return em.createQuery(
            "select e from AuditEvent e where e.entityType = :type and e.entityId = :id"
                + " order by e.id",
            AuditEvent.class)
        .setParameter("type", entityType)
        .setParameter("id", String.valueOf(entityId))
        .getResultList();
  }
}
