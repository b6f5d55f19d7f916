package io.recova.agency.remittance;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment into the trust account, not reversed and not yet on an approved remittance, as the
 * remittance sees it.
 *
 * @param fundsForCreditor what the payment left in the creditor's payable once its fees were
 *     taken and the costs it repaid the agency went back to it: its amount less both (never
 *     below zero)
 * @param costsRepaid the part of it that repaid costs the agency advanced (DOMAIN D3)
 * @param clearedOn when its money counts as encashed ({@link ClearingDelays})
 */
public record OpenPayment(UUID paymentId, UUID caseId, String caseReference, LocalDate valueDate,
    Money amount, Money fundsForCreditor, LocalDate clearedOn, Money costsRepaid) {

  public OpenPayment {
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(valueDate, "valueDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(fundsForCreditor, "fundsForCreditor");
    Objects.requireNonNull(clearedOn, "clearedOn");
    Objects.requireNonNull(costsRepaid, "costsRepaid");
  }

  /** The fees and VAT its fee booking took from it. */
  public Money feesKept() {
    return amount.minus(fundsForCreditor).minus(costsRepaid);
  }
}
