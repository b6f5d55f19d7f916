package io.recova.agency.valuation;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Costs a debtor owes on a case, each from the day it arose: what a {@link CostsOnRecord} reads
 * once for a whole valuation, which then asks for the costs owed on several days (the as-of date
 * and each payment's value date).
 */
public final class DatedCosts {

  /** One cost, owed from its day on. */
  public record Cost(LocalDate from, Money amount) {
    public Cost {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(amount, "amount");
    }
  }

  private final Currency currency;
  private final List<Cost> costs;

  public DatedCosts(Currency currency, List<Cost> costs) {
    this.currency = Objects.requireNonNull(currency, "currency");
    this.costs = List.copyOf(costs);
  }

  /** The sum of the costs that arose on or before the day. */
  public Money owedOn(LocalDate day) {
    Money sum = Money.zero(currency);
    for (Cost c : costs) {
      if (!c.from().isAfter(day)) {
        sum = sum.plus(c.amount());
      }
    }
    return sum;
  }
}
