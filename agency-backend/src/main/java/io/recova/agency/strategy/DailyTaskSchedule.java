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
 * Runs the task generation every morning at 06:00, Paris time, on every instance; the advisory
 * lock inside makes the work happen once.
 */
@Singleton
public class DailyTaskSchedule {

  private static final Logger LOG = Logger.getLogger(DailyTaskSchedule.class.getName());

  @Inject TaskGeneration generation;
  @Inject Clock clock;

  @Schedule(hour = "6", minute = "0", timezone = "Europe/Paris", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void everyMorning() {
    TaskGeneration.RunResult result = generation.run(LocalDate.now(clock), Caller.system());
    LOG.info(() -> result.ran()
        ? "Daily tasks: " + result.tasksCreated() + " created, " + result.casesExamined()
            + " cases examined"
        : "Daily tasks: another instance is running them");
  }
}
