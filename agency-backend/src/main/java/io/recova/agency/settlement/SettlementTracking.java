package io.recova.agency.settlement;

import io.recova.agency.money.Money;
import io.recova.agency.valuation.ReceivedPayment;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether an accepted settlement was honoured: the payments whose value date falls between the
 * day it was accepted and its pay-by date plus the grace days count towards the agreed amount, in
 * any number of parts; once that last day has passed without the whole amount, the settlement
 * lapses and the full balance is due again. The grace absorbs the days a transfer takes to arrive
 * (same rule as a promise to pay), and a payment after it pays the balance, not the settlement.
 */
public final class SettlementTracking {

  private SettlementTracking() {}

  /**
   * @param payments the payments received on the case since the acceptance
   * @return PAID, LAPSED or (still running) ACCEPTED
   */
  public static SettlementStatus track(LocalDate acceptedOn, LocalDate payBy, Money agreed,
      List<ReceivedPayment> payments, LocalDate today, int graceDays) {
    if (graceDays < 0) {
      throw new IllegalArgumentException("The grace period cannot be negative");
    }
    LocalDate last = payBy.plusDays(graceDays);
    Money paid = Money.zero(agreed.currency());
    for (ReceivedPayment p : payments) {
      // A payment dated before the acceptance paid the old balance, not the settlement.
      if (!p.valueDate().isBefore(acceptedOn) && !p.valueDate().isAfter(last)) {
        paid = paid.plus(p.amount());
      }
    }
    if (paid.compareTo(agreed) >= 0) {
      return SettlementStatus.PAID;
    }
    return today.isAfter(last) ? SettlementStatus.LAPSED : SettlementStatus.ACCEPTED;
  }
}
