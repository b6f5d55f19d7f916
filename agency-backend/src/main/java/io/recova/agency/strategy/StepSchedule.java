package io.recova.agency.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which step of a strategy is due on a case: the steps come one at a time, in order; the first
 * counts from the due date (or as its anchor says), each later one from the day the previous
 * step's task was created or from the due date. A case that arrives a year late thus gets its
 * first step now, not all of them at once.
 */
public final class StepSchedule {

  private StepSchedule() {}

  /** The next step to create and the day it is due. */
  public record Planned(int position, StrategyStep step, LocalDate dueOn) {}

  /**
   * @param createdOn the days the tasks of the steps already created were created, in step order
   */
  public static Optional<Planned> next(List<StrategyStep> steps, LocalDate dueDate,
      List<LocalDate> createdOn, LocalDate today) {
    int position = createdOn.size();
    if (position >= steps.size()) {
      return Optional.empty();
    }
    StrategyStep step = steps.get(position);
    LocalDate anchor = step.anchor() == StepAnchor.PREVIOUS_STEP && position > 0
        ? createdOn.get(position - 1)
        : dueDate;
    LocalDate dueOn = anchor.plusDays(step.dayOffset());
    return dueOn.isAfter(today) ? Optional.empty() : Optional.of(new Planned(position, step,
        dueOn));
  }
}
