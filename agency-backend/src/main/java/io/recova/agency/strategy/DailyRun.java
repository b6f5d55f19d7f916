package io.recova.agency.strategy;

import io.recova.agency.settlement.Settlements;
import java.time.LocalDate;

/**
 * What the daily job did: the task generation (its figures at the top level, as before the
 * settlements joined the job) and the tracking of accepted settlements. Each part takes its own
 * lock, so {@code ran} speaks for the tasks and {@code settlements.ran} for the settlements.
 */
public record DailyRun(boolean ran, LocalDate day, int casesExamined, int tasksCreated,
    Settlements.RunResult settlements) {

  static DailyRun of(TaskGeneration.RunResult tasks, Settlements.RunResult settlements) {
    return new DailyRun(tasks.ran(), tasks.day(), tasks.casesExamined(), tasks.tasksCreated(),
        settlements);
  }
}
