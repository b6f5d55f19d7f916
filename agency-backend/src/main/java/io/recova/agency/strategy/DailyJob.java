package io.recova.agency.strategy;

import io.recova.agency.plan.PaymentPlans;
import io.recova.agency.security.Caller;
import io.recova.agency.settlement.Settlements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The morning's work, in order: payment plans are checked for breaches first, so that a case put
 * back to work today gets its breach task before its strategy's next step is looked at (a case
 * gets at most one new task a day); accepted settlements are tracked next, so that a case closed
 * as settled gets no task; the strategies' tasks come last. Each part runs in its own transaction
 * under its own lock, and each is safe to run again.
 */
@ApplicationScoped
public class DailyJob {

  private static final Logger LOG = Logger.getLogger(DailyJob.class.getName());

  @Inject PaymentPlans plans;
  @Inject Settlements settlements;
  @Inject TaskGeneration generation;

  /**
   * What the morning's run did: the task generation's figures at the top level ({@code ran} is
   * false when another instance held its lock), then the plan check's and the settlements'.
   */
  public record Result(boolean ran, LocalDate day, int casesExamined, int tasksCreated,
      PaymentPlans.BreachCheck plans, Settlements.RunResult settlements) {}

  /**
   * Runs every part even when an earlier one fails (a failure must not cost the others their
   * morning), then reports the first failure.
   */
  public Result run(LocalDate today, Caller actor) {
    Failures failures = new Failures();
    PaymentPlans.BreachCheck check = failures.guard("Payment plan check",
        () -> plans.checkBreaches(today, actor));
    Settlements.RunResult tracked = failures.guard("Settlement tracking",
        () -> settlements.settle(today, actor));
    TaskGeneration.RunResult tasks = failures.guard("Task generation",
        () -> generation.run(today, actor));
    failures.rethrowFirst();
    return new Result(tasks.ran(), today, tasks.casesExamined(), tasks.tasksCreated(), check,
        tracked);
  }

  private static final class Failures {
    private RuntimeException first;

    <T> T guard(String part, Supplier<T> work) {
      try {
        return work.get();
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, part + " failed; the other parts of the daily job still run", e);
        if (first == null) {
          first = e;
        }
        return null;
      }
    }

    void rethrowFirst() {
      if (first != null) {
        throw first;
      }
    }
  }
}
