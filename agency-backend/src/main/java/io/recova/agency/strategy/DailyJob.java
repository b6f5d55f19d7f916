package io.recova.agency.strategy;

import io.recova.agency.plan.PaymentPlans;
import io.recova.agency.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The morning's work, in order: payment plans are checked for breaches first, so that a case put
 * back to work today gets its breach task before its strategy's next step is looked at (a case
 * gets at most one new task a day). Each part runs in its own transaction under its own lock, and
 * each is safe to run again.
 */
@ApplicationScoped
public class DailyJob {

  @Inject PaymentPlans plans;
  @Inject TaskGeneration generation;

  /**
   * What the morning's run did: the task generation's figures ({@code ran} is false when another
   * instance held its lock), and the plan check's.
   */
  public record Result(boolean ran, LocalDate day, int casesExamined, int tasksCreated,
      PaymentPlans.BreachCheck plans) {}

  public Result run(LocalDate today, Caller actor) {
    PaymentPlans.BreachCheck check = plans.checkBreaches(today, actor);
    TaskGeneration.RunResult tasks = generation.run(today, actor);
    return new Result(tasks.ran(), today, tasks.casesExamined(), tasks.tasksCreated(), check);
  }
}
