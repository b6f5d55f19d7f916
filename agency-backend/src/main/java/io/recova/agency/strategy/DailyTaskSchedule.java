package io.recova.agency.strategy;

import io.recova.agency.security.Caller;
import io.recova.agency.settlement.Settlements;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the daily job every morning at 06:00, Paris time, on every instance: the task generation,
 * then the tracking of accepted settlements, each in its own transaction; the advisory lock inside
 * each makes the work happen once.
 */
@Singleton
public class DailyTaskSchedule {

  private static final Logger LOG = Logger.getLogger(DailyTaskSchedule.class.getName());

  @Inject TaskGeneration generation;
  @Inject Settlements settlements;
  @Inject Clock clock;

  @Schedule(hour = "6", minute = "0", timezone = "Europe/Paris", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void everyMorning() {
    LocalDate today = LocalDate.now(clock);
    // The two parts are independent: a failure of one must not cost the other its morning.
    try {
      TaskGeneration.RunResult result = generation.run(today, Caller.system());
      LOG.info(() -> result.ran()
          ? "Daily tasks: " + result.tasksCreated() + " created, " + result.casesExamined()
              + " cases examined"
          : "Daily tasks: another instance is running them");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Daily tasks failed; the settlements are still tracked", e);
    }
    try {
      Settlements.RunResult tracked = settlements.settle(today, Caller.system());
      LOG.info(() -> tracked.ran()
          ? "Settlements: " + tracked.paid() + " paid, " + tracked.lapsed() + " lapsed, of "
              + tracked.examined() + " accepted"
          : "Settlements: another instance is tracking them");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Settlement tracking failed", e);
    }
  }
}
