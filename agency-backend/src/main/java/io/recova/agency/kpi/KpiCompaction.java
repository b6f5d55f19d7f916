package io.recova.agency.kpi;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves the logs of changes to the KPI totals into the totals every minute (migrations V26 and V29,
 * {@code kpi_compact()}: today's aged balance, the cases by opening day and stage). Writers only
 * ever append to the logs, so that an import and a payment of the same creditor never wait for
 * each other on its totals, and a reading sums the totals and what the logs hold since the last
 * move. The database function takes an advisory lock: with several instances, one does the work.
 */
@Singleton
public class KpiCompaction {

  private static final Logger LOG = Logger.getLogger(KpiCompaction.class.getName());

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    compact();
  }

  /** Moves the log into the totals now; the number of changes moved. */
  public long compact() {
    long moved = ((Number) em.createNativeQuery("select kpi_compact()")
        .getSingleResult()).longValue();
    if (moved > 0) {
      LOG.log(Level.FINE, "KPIs: {0} changes moved into the totals", moved);
    }
    return moved;
  }
}
