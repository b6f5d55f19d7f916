package io.recova.agency.casefile;

import io.recova.agency.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Puts what other parts of Recova do on a case onto its timeline, in their transaction. */
@ApplicationScoped
public class CaseTimeline {

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject Clock clock;

  /** A collector's activity; an internal one is hidden from the creditor. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void activity(CaseFile f, Caller actor, String line, boolean internal) {
    String note = line.length() > 1000 ? line.substring(0, 999) + "…" : line;
    em.persist(new CaseEvent(f.id(), clock.instant(), actor.username(), CaseEventKind.ACTIVITY,
        null, null, null, note, internal));
  }

  /** A step of a process on the case (a dispute, say) that is not a stage move in itself. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(CaseFile f, Caller actor, CaseEventKind kind, String line) {
    String note = line.length() > 1000 ? line.substring(0, 999) + "…" : line;
    em.persist(new CaseEvent(f.id(), clock.instant(), actor.username(), kind, null, null, null,
        note, false));
  }
}
