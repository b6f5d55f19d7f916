package io.recova.agency.remittance;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment on a remittance line.
 *
 * @param fundsForCreditor what it left for the creditor: its amount less its fees and VAT and
 *     less {@code costsRepaid}
 * @param costsRepaid the part that repaid costs the agency advanced on the case (DOMAIN D3)
 */
public record RemittedPaymentView(UUID paymentId, UUID caseId, String caseReference,
    LocalDate valueDate, Money amount, Money fundsForCreditor, LocalDate clearedOn,
    boolean late, Money costsRepaid) {

  static RemittedPaymentView of(OpenPayment p, boolean late) {
    return new RemittedPaymentView(p.paymentId(), p.caseId(), p.caseReference(), p.valueDate(),
        p.amount(), p.fundsForCreditor(), p.clearedOn(), late, p.costsRepaid());
  }
}
