package io.recova.agency.plan;

import io.recova.agency.money.Money;
import io.recova.agency.valuation.ReceivedPayment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a plan is kept, from the payments received since it started. Payments are applied
 * cumulatively, oldest value date first, to the installments in due-date order: whatever exceeds
 * an installment goes to the next ones, so paying two at once or ahead of time counts. An
 * installment is covered on the value date of the payment that completes it.
 *
 * <p>The plan is breached when an installment was not covered within the grace days after its
 * due date (the grace absorbs the days a transfer takes to arrive). The verdict depends only on
 * the dates, never on when the check runs: an installment covered late still breached the plan,
 * so a daily check that missed a day reaches the same conclusion the next one.
 */
public final class PlanTracking {

  private PlanTracking() {}

  /**
   * One installment as tracked.
   *
   * @param paid how much of it the payments cover so far
   * @param coveredOn the value date of the payment that completed it, or null while it is not
   */
  public record InstallmentState(Installment installment, Money paid, InstallmentStatus status,
      LocalDate coveredOn) {

    public Money unpaid() {
      return installment.amount().minus(paid);
    }
  }

  /**
   * The installment that breached the plan.
   *
   * @param since the first day the plan was in breach: the day after the grace ran out
   * @param unpaid what of that installment is still unpaid today (zero if covered late since)
   */
  public record Breach(int seq, LocalDate dueDate, LocalDate since, Money unpaid) {}

  /**
   * @param paid what the payments cover of the plan (at most its total)
   * @param remaining what is left to pay under the plan
   * @param ahead what was paid beyond the plan's total, which stays held on the case (D3)
   * @param breach set when {@code standing} is BREACHED
   */
  public record Result(PlanStanding standing, List<InstallmentState> installments, Money paid,
      Money remaining, Money ahead, Optional<Breach> breach) {}

  /**
   * @param installments the plan's installments
   * @param payments the payments received on the case since the plan started; those valued
   *     after {@code today} are not counted yet
   * @param graceDays the days after a due date before a missing installment breaches the plan
   */
  public static Result track(List<Installment> installments, List<ReceivedPayment> payments,
      LocalDate today, int graceDays) {
    if (installments.isEmpty()) {
      throw new IllegalArgumentException("A plan has installments");
    }
    if (graceDays < 0) {
      throw new IllegalArgumentException("The grace is zero days or more, not " + graceDays);
    }
    List<Installment> due = installments.stream()
        .sorted(Comparator.comparing(Installment::dueDate).thenComparingInt(Installment::seq))
        .toList();
    if (payments.stream().anyMatch(p -> p.amount().isNegative() || p.amount().isZero())) {
      // A reversal is netted out by the source of payments; here it would unpay an installment.
      throw new IllegalArgumentException("Payments received are above zero");
    }
    List<ReceivedPayment> received = payments.stream()
        .filter(p -> !p.valueDate().isAfter(today))
        .sorted(Comparator.comparing(ReceivedPayment::valueDate))
        .toList();
    var currency = due.get(0).amount().currency();
    Money zero = Money.zero(currency);

    int next = 0;
    Money leftOfPayment = zero;
    LocalDate leftValueDate = null;
    List<InstallmentState> states = new ArrayList<>();
    Breach breach = null;
    Money paidTotal = zero;
    Money planTotal = zero;
    for (Installment i : due) {
      planTotal = planTotal.plus(i.amount());
      Money paid = zero;
      LocalDate coveredOn = null;
      while (paid.compareTo(i.amount()) < 0) {
        if (leftOfPayment.isZero()) {
          if (next == received.size()) {
            break;
          }
          ReceivedPayment p = received.get(next++);
          leftOfPayment = p.amount();
          leftValueDate = p.valueDate();
          continue;
        }
        Money needed = i.amount().minus(paid);
        Money taken = leftOfPayment.compareTo(needed) < 0 ? leftOfPayment : needed;
        paid = paid.plus(taken);
        leftOfPayment = leftOfPayment.minus(taken);
        if (paid.compareTo(i.amount()) == 0) {
          coveredOn = leftValueDate;
        }
      }
      paidTotal = paidTotal.plus(paid);
      LocalDate lastDay = i.dueDate().plusDays(graceDays);
      InstallmentStatus status = statusOf(i, paid, coveredOn, today, lastDay);
      states.add(new InstallmentState(i, paid, status, coveredOn));
      boolean late = coveredOn == null ? today.isAfter(lastDay) : coveredOn.isAfter(lastDay);
      if (breach == null && late) {
        breach = new Breach(i.seq(), i.dueDate(), lastDay.plusDays(1), i.amount().minus(paid));
      }
    }
    Money ahead = leftOfPayment;
    for (int k = next; k < received.size(); k++) {
      ahead = ahead.plus(received.get(k).amount());
    }
    boolean allPaid = states.stream().allMatch(s -> s.status() == InstallmentStatus.PAID);
    PlanStanding standing = allPaid ? PlanStanding.COMPLETED
        : breach != null ? PlanStanding.BREACHED : PlanStanding.ON_TRACK;
    return new Result(standing, List.copyOf(states), paidTotal, planTotal.minus(paidTotal), ahead,
        standing == PlanStanding.BREACHED ? Optional.of(breach) : Optional.empty());
  }

  private static InstallmentStatus statusOf(Installment i, Money paid, LocalDate coveredOn,
      LocalDate today, LocalDate lastDay) {
    if (coveredOn != null) {
      return InstallmentStatus.PAID;
    }
    if (!today.isAfter(i.dueDate())) {
      return paid.isZero() ? InstallmentStatus.UPCOMING : InstallmentStatus.PARTLY_PAID;
    }
    return today.isAfter(lastDay) ? InstallmentStatus.MISSED : InstallmentStatus.LATE;
  }
}
