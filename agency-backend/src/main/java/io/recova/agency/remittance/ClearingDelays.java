package io.recova.agency.remittance;

import io.recova.agency.payment.PaymentMethod;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many days after its value date a payment's money is actually encashed, by method: a card
 * payment may still be charged back, a cheque may still bounce. Money not yet cleared is never
 * remitted, so a creditor is never paid with funds the bank may take back.
 */
public final class ClearingDelays {

  private final Map<PaymentMethod, Integer> days;

  public ClearingDelays(Map<PaymentMethod, Integer> days) {
    this.days = new EnumMap<>(PaymentMethod.class);
    for (PaymentMethod method : PaymentMethod.values()) {
      if (!method.intoTrustAccount()) {
        continue;
      }
      Integer d = Objects.requireNonNull(days.get(method), () -> "No clearing delay for " + method);
      if (d < 0) {
        throw new IllegalArgumentException("A clearing delay is zero days or more: " + method);
      }
      this.days.put(method, d);
    }
  }

  /** The defaults: transfer and cash at once, card 2 days, cheque 10 days. */
  public static ClearingDelays defaults() {
    return new ClearingDelays(Map.of(PaymentMethod.BANK_TRANSFER, 0, PaymentMethod.CARD, 2,
        PaymentMethod.CHEQUE, 10, PaymentMethod.CASH, 0));
  }

  /** The day the payment's money counts as encashed. */
  public LocalDate clearedOn(PaymentMethod method, LocalDate valueDate) {
    if (!method.intoTrustAccount()) {
      throw new IllegalArgumentException("A payment made to the creditor never reaches the agency");
    }
    return valueDate.plusDays(days.get(method));
  }

  /** The delays by method, for instance {@code {BANK_TRANSFER=0, CARD=2, ...}}. */
  @Override
  public String toString() {
    return days.toString();
  }
}
