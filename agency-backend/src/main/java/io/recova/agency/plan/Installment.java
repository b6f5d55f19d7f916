package io.recova.agency.plan;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated installment of a plan.
 *
 * @param seq its place in the plan, from 1
 */
public record Installment(int seq, LocalDate dueDate, Money amount) {

  public Installment {
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
    if (seq < 1) {
      throw new IllegalArgumentException("Installments are numbered from 1, not " + seq);
    }
  }
}
