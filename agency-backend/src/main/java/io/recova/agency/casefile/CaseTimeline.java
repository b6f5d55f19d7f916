package io.recova.agency.casefile;

import io.recova.agency.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Puts what other parts of Recova do on a case onto its timeline, in their transaction. */
@ApplicationScoped
public class CaseTimeline {

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject Clock clock;
  @Inject Event<PortfolioChanged> portfolioChanged;

  /** A collector's activity; an internal one is hidden from the creditor. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void activity(CaseFile f, Caller actor, String line, boolean internal) {
    String note = line.length() > 1000 ? line.substring(0, 999) + "…" : line;
    em.persist(new CaseEvent(f.id(), clock.instant(), actor.username(), CaseEventKind.ACTIVITY,
        null, null, null, note, internal));
    portfolioChanged.fire(new PortfolioChanged(f.creditorId(), f.id()));
  }

  /**
   * Something another part of Recova did to the case, shown to the creditor. Only the kinds that
   * have no legal effect: a stage move or a legal event goes through {@link CaseChanges}, which
   * also keeps the case's dates and limitation right.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(UUID caseId, Caller actor, CaseEventKind kind, String line) {
    if (kind.limitation().isPresent() || CaseChanges.RECORDABLE.contains(kind)
        || kind == CaseEventKind.STAGE_CHANGED || kind == CaseEventKind.OPENED) {
      throw new IllegalArgumentException(kind + " is recorded by the case itself");
    }
    String note = line == null || line.length() <= 1000 ? line : line.substring(0, 999) + "…";
    em.persist(new CaseEvent(caseId, clock.instant(), actor.username(), kind, null, null, null,
        note, false));
  }
}
