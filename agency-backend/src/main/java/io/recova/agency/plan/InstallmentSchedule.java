package io.recova.agency.plan;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a total into equal installments. Each one is the total divided by their number, rounded
 * down to the cent; the cents left over go on the last one, so the debtor never pays an early
 * installment above what was announced and the plan adds up to the total exactly.
 */
public final class InstallmentSchedule {

  /** Fewer than two is a promise to pay, not a plan. */
  public static final int MIN_INSTALLMENTS = 2;

  /** Five years: beyond that a plan outlives the limitation period it interrupts. */
  public static final int MAX_INSTALLMENTS = 60;

  private InstallmentSchedule() {}

  /**
   * @throws IllegalArgumentException when the count is outside 2..60, the total is not above
   *     zero, or too small to give every installment at least one cent
   */
  public static List<Installment> split(Money total, int count, LocalDate firstDueDate,
      PlanFrequency frequency) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(firstDueDate, "firstDueDate");
    Objects.requireNonNull(frequency, "frequency");
    if (count < MIN_INSTALLMENTS || count > MAX_INSTALLMENTS) {
      throw new IllegalArgumentException("A plan has between " + MIN_INSTALLMENTS + " and "
          + MAX_INSTALLMENTS + " installments, not " + count);
    }
    if (total.isZero() || total.isNegative()) {
      throw new IllegalArgumentException("A plan's total is above zero, not " + total);
    }
    Money each = Money.of(total.amount().divide(BigDecimal.valueOf(count),
        total.currency().getDefaultFractionDigits(), RoundingMode.DOWN), total.currency());
    if (each.isZero()) {
      throw new IllegalArgumentException(
          "A total of " + total + " is too small to split into " + count + " installments");
    }
    Money last = total.minus(each.times(BigDecimal.valueOf(count - 1L), RoundingMode.UNNECESSARY));
    List<Installment> installments = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      installments.add(new Installment(i + 1, frequency.dueDate(firstDueDate, i),
          i == count - 1 ? last : each));
    }
    return List.copyOf(installments);
  }
}
