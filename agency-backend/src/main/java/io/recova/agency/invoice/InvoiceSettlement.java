package io.recova.agency.invoice;

import io.recova.agency.money.Money;
import java.time.LocalDate;

/**
 * How an invoice is paid. The agency's fees are netted from the funds it remits (the mandate's
 * terms, CPCE R124-3 3° and 4°): the fees on the payments remitted were kept from them, and the
 * remittance nets what the creditor owes (fees on payments it received directly, certificate
 * fees) from what it pays. What the remittance could not net, because it had too little to pay,
 * stays receivable: the invoice says how much of it is its own, at most its total.
 *
 * <p>What remains due falls due thirty days after the issue (C. com. L441-10 I, the term when
 * none is agreed); an invoice fully settled is due, and paid, on its issue date. A credit note
 * gives its amount back against the same remittance.
 *
 * @param settledBySetOff the part of the total settled against the remittance (negative for a
 *     credit note)
 * @param due what the creditor still owes under this invoice, never negative
 */
public record InvoiceSettlement(Money settledBySetOff, Money due, LocalDate dueOn) {

  /** C. com. L441-10 I: thirty days after the service when the parties agreed no other term. */
  public static final int PAYMENT_TERM_DAYS = 30;

  /**
   * @param total the invoice's total including VAT
   * @param stillReceivable what the creditor owes the agency once the remittance is posted
   */
  public static InvoiceSettlement of(Money total, Money stillReceivable, LocalDate issuedOn) {
    Money zero = Money.zero(total.currency());
    Money due = zero;
    if (!total.isNegative() && !stillReceivable.isNegative()) {
      due = stillReceivable.compareTo(total) >= 0 ? total : stillReceivable;
    }
    return new InvoiceSettlement(total.minus(due), due,
        due.isZero() ? issuedOn : issuedOn.plusDays(PAYMENT_TERM_DAYS));
  }

  public boolean fullySettled() {
    return due.isZero();
  }
}
