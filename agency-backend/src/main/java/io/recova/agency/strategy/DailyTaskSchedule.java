package io.recova.agency.strategy;

import io.recova.agency.security.Caller;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Runs the daily job (plan breaches, settlements, then task generation) every morning at 06:00,
 * Paris time, on every instance; the advisory locks inside make the work happen once.
 */
@Singleton
public class DailyTaskSchedule {

  private static final Logger LOG = Logger.getLogger(DailyTaskSchedule.class.getName());

  @Inject DailyJob job;
  @Inject Clock clock;

  @Schedule(hour = "6", minute = "0", timezone = "Europe/Paris", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void everyMorning() {
    DailyJob.Result result = job.run(LocalDate.now(clock), Caller.system());
    LOG.info(() -> (result.plans().ran()
        ? "Payment plans: " + result.plans().plansBreached() + " breached, "
            + result.plans().plansCompleted() + " completed, " + result.plans().plansExamined()
            + " examined. "
        : "Payment plans: another instance is checking them. ")
        + (result.settlements().ran()
        ? "Settlements: " + result.settlements().paid() + " paid, "
            + result.settlements().lapsed() + " lapsed, of " + result.settlements().examined()
            + " accepted. "
        : "Settlements: another instance is tracking them. ")
        + (result.ran()
        ? "Daily tasks: " + result.tasksCreated() + " created, " + result.casesExamined()
            + " cases examined"
        : "Daily tasks: another instance is running them"));
  }
}
