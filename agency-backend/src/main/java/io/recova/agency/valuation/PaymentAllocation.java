package io.recova.agency.valuation;

import io.recova.agency.money.Money;
import java.util.Objects;

/**
 * Where one payment went under DOMAIN D3, summed over the claims it reached: recoverable costs
 * first, then interest, the 40 EUR indemnity and principal claim by claim; what is left is held on
 * the case. The parts always add up to the payment, so a fee or a ledger entry built on them
 * reconciles to the cent.
 *
 * @param payment the very {@link ReceivedPayment} instance the dossier listed, to match it back
 * @param held the part beyond the balance, held on the case (an overpayment)
 */
public record PaymentAllocation(
    ReceivedPayment payment,
    Money costs,
    Money interest,
    Money indemnity,
    Money principal,
    Money held) {

  public PaymentAllocation {
    Objects.requireNonNull(payment, "payment");
    Money sum = costs.plus(interest).plus(indemnity).plus(principal).plus(held);
    if (!sum.equals(payment.amount())) {
      throw new IllegalArgumentException(
          "An allocation of " + sum + " does not add up to the payment of " + payment.amount());
    }
  }
}
