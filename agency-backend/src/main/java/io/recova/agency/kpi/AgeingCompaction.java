package io.recova.agency.kpi;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves the log of changes to today's aged balance into its totals every minute (migration V26,
 * {@code kpi_ageing_compact()}): writers only ever append to the log, so that an import and a
 * payment of the same creditor never wait for each other on its totals, and a reading sums the
 * totals and what the log holds since the last move. The database function takes an advisory lock:
 * with several instances, one of them does the work.
 */
@Singleton
public class AgeingCompaction {

  private static final Logger LOG = Logger.getLogger(AgeingCompaction.class.getName());

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    compact();
  }

  /** Moves the log into the totals now; the number of changes moved. */
  public long compact() {
    long moved = ((Number) em.createNativeQuery("select kpi_ageing_compact()")
        .getSingleResult()).longValue();
    if (moved > 0) {
      LOG.log(Level.FINE, "Aged balance: {0} changes moved into the totals", moved);
    }
    return moved;
  }
}
