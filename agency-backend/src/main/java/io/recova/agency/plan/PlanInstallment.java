package io.recova.agency.plan;

import io.recova.agency.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** An installment as stored with its plan; never changed once written. */
@Embeddable
public class PlanInstallment {

  @Column(name = "seq", nullable = false)
  private int seq;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "amount", nullable = false)
  private BigDecimal amount;

  protected PlanInstallment() {}

  PlanInstallment(Installment installment) {
    this.seq = installment.seq();
    this.dueDate = installment.dueDate();
    this.amount = installment.amount().amount();
  }

  Installment in(Currency currency) {
    return new Installment(seq, dueDate, Money.of(amount, currency));
  }
}
