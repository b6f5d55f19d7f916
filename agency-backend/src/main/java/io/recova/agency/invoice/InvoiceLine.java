package io.recova.agency.invoice;

import io.recova.agency.fee.FeeKind;
import io.recova.agency.fee.FeeLine;
import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a fee invoice (C. com. L441-9 I: "la quantité, la dénomination précise et le prix
 * unitaire hors TVA"; CGI 242 nonies A I 8° and 10°: the rate and the VAT of each line). A fee is
 * one service: quantity 1, the unit price is the amount excluding VAT. A credited line is the
 * invoiced line with negative amounts, naming the invoice that charged it.
 *
 * @param sourcePosition the line's position within its source (a payment's fees have several)
 * @param caseReference the creditor's reference of the case, or null
 * @param reference the payment's short id, or the certificate's number
 * @param directPayment true when the debtor paid the creditor directly (the fee is still due)
 * @param serviceDate when the service was rendered: the payment's value date, the certificate's
 *     date
 * @param base what a percentage applies to, or null for a fixed amount
 * @param percent the contingency rate, or null
 * @param creditedInvoiceNumber for a credited line, the invoice that charged it; else null
 */
public record InvoiceLine(
    InvoiceSource source,
    UUID sourceId,
    int sourcePosition,
    FeeKind feeKind,
    String caseReference,
    String reference,
    boolean directPayment,
    LocalDate serviceDate,
    Money base,
    BigDecimal percent,
    Money amount,
    BigDecimal vatPercent,
    Money vat,
    String creditedInvoiceNumber) {

  /**
   * The order of an invoice's lines: charged ones by date, case and reference, credited ones
   * after them. Public so that the bench generator numbers its historical invoices' lines as an
   * approval would.
   */
  public static final Comparator<InvoiceLine> PRINTED_ORDER =
      Comparator.comparing((InvoiceLine l) -> l.source() == InvoiceSource.FEE_REVERSAL)
          .thenComparing(InvoiceLine::serviceDate)
          .thenComparing(l -> l.caseReference() == null ? "" : l.caseReference())
          .thenComparing(InvoiceLine::reference)
          .thenComparingInt(InvoiceLine::sourcePosition);

  public InvoiceLine {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(feeKind, "feeKind");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(serviceDate, "serviceDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(vatPercent, "vatPercent");
    Objects.requireNonNull(vat, "vat");
    if ((source == InvoiceSource.FEE_REVERSAL) != (creditedInvoiceNumber != null)) {
      throw new IllegalArgumentException("A credited line, and only it, names the invoice it"
          + " credits");
    }
  }

  /** A fee line charged, as booked. */
  public static InvoiceLine charged(InvoiceSource source, UUID sourceId, int position,
      FeeLine fee, String caseReference, String reference, boolean directPayment,
      LocalDate serviceDate) {
    return new InvoiceLine(source, sourceId, position, fee.kind(), caseReference, reference,
        directPayment, serviceDate, fee.base(), fee.percent(), fee.amount(), fee.vatPercent(),
        fee.vat(), null);
  }

  /**
   * This line credited: the same fee with negative amounts, dated when its payment was reversed,
   * naming the invoice that charged it.
   */
  public InvoiceLine credited(String invoiceNumber, LocalDate reversedOn) {
    Money zero = Money.zero(amount.currency());
    return new InvoiceLine(InvoiceSource.FEE_REVERSAL, sourceId, sourcePosition, feeKind,
        caseReference, reference, directPayment, reversedOn, base, percent, zero.minus(amount),
        vatPercent, zero.minus(vat), Objects.requireNonNull(invoiceNumber, "invoiceNumber"));
  }

  /** A fee is one service. */
  public int quantity() {
    return 1;
  }

  /** The price excluding VAT of one unit: the amount, since the quantity is one. */
  public Money unitPrice() {
    return amount;
  }

  public Money inclVat() {
    return amount.plus(vat);
  }

  /** A line that charges nothing at all says nothing and is left off. */
  public boolean isEmpty() {
    return amount.isZero() && vat.isZero();
  }
}
