package io.recova.agency.promise;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a promise to pay was kept, from the payments received: the ones whose value date falls
 * between the day of the promise and its due date plus the grace days count towards it, in any
 * number of parts. The grace absorbs the days a transfer takes to arrive.
 */
public final class PromiseTracking {

  private PromiseTracking() {}

  /** A payment as the tracking sees it. */
  public record Received(LocalDate valueDate, Money amount) {}

  public static PromiseStatus status(LocalDate promisedOn, LocalDate dueDate, Money amount,
      List<Received> payments, LocalDate today, int graceDays) {
    LocalDate last = dueDate.plusDays(graceDays);
    Money paid = Money.zero(amount.currency());
    for (Received p : payments) {
      if (!p.valueDate().isBefore(promisedOn) && !p.valueDate().isAfter(last)) {
        paid = paid.plus(p.amount());
      }
    }
    if (paid.compareTo(amount) >= 0) {
      return PromiseStatus.KEPT;
    }
    return today.isAfter(last) ? PromiseStatus.BROKEN : PromiseStatus.PENDING;
  }

  /**
   * Kept promises among those settled either way, as a percentage with one decimal (half up);
   * empty when none is settled yet, which is not the same as 0 %.
   */
  public static java.util.Optional<BigDecimal> keptPercent(List<PromiseStatus> statuses) {
    long kept = statuses.stream().filter(s -> s == PromiseStatus.KEPT).count();
    long settled = statuses.stream().filter(s -> s != PromiseStatus.PENDING).count();
    if (settled == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(BigDecimal.valueOf(kept * 100L)
        .divide(BigDecimal.valueOf(settled), 1, RoundingMode.HALF_UP));
  }
}
