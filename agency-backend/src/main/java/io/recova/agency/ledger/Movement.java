package io.recova.agency.ledger;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A money movement of one creditor, checked before anything is written: at least two postings,
 * debits equal to credits in each currency. The ledger writes a movement as one transaction or
 * not at all.
 *
 * @param creditorId whose money moves: all of its postings are that creditor's
 * @param valueDate the day the money moved, which may be earlier than the day it is recorded
 */
public record Movement(TransactionKind kind, UUID creditorId, LocalDate valueDate,
    String description, List<Posting> postings) {

  /**
   * @throws IllegalArgumentException when the movement does not balance in every currency or has
   *     fewer than two postings: a bug in the caller, never a user's input
   */
  public Movement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(creditorId, "creditorId");
    Objects.requireNonNull(valueDate, "valueDate");
    Objects.requireNonNull(description, "description");
    postings = List.copyOf(postings);
    if (postings.size() < 2) {
      throw new IllegalArgumentException("A movement has at least two postings");
    }
    Map<Currency, Money> net = netPerCurrency(postings);
    net.forEach((currency, difference) -> {
      if (!difference.isZero()) {
        throw new IllegalArgumentException("The movement does not balance in " + currency
            + ": debits exceed credits by " + difference);
      }
    });
  }

  /** Debits minus credits, per currency: zero in every currency for a balanced set. */
  static Map<Currency, Money> netPerCurrency(List<Posting> postings) {
    Map<Currency, Money> net = new LinkedHashMap<>();
    for (Posting p : postings) {
      Money signed = p.side() == Side.DEBIT ? p.amount()
          : Money.zero(p.amount().currency()).minus(p.amount());
      net.merge(p.amount().currency(), signed, Money::plus);
    }
    return net;
  }

  /**
   * The movement that cancels this one: the same postings on the opposite sides, of the same
   * creditor, on the day given.
   */
  public Movement compensation(LocalDate on, String why) {
    return new Movement(TransactionKind.REVERSAL, creditorId, on, why,
        postings.stream().map(Posting::opposite).toList());
  }
}
