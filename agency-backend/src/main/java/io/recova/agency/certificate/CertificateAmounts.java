package io.recova.agency.certificate;

import io.recova.agency.money.Money;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The amounts of an irrecoverability certificate: the invoices and their totals, what was
 * recovered and what remains unpaid, split into price and VAT for the corrected invoice CGI
 * art. 272 requires («Facture demeurée impayée pour la somme de … € (prix net) et … € (TVA)»).
 *
 * <p>Every payment received (net of reversals) counts against the invoices, interest and
 * indemnity included: the creditor then never claims back VAT on more than is really unpaid. The
 * unpaid amount is split between price and VAT in the proportion of the invoices' totals, as a
 * part-payment pays both (BOI-TVA-DED-40-10-20: the VAT recovered is that of the unpaid part);
 * the VAT is rounded half up and the price is the rest.
 */
public record CertificateAmounts(List<InvoiceAmounts> invoices, Money totalExclVat,
    Money totalVat, Money totalInclVat, Money recovered, Money unpaidInclVat,
    Money unpaidExclVat, Money unpaidVat) {

  public CertificateAmounts {
    invoices = List.copyOf(invoices);
  }

  /**
   * @param recovered the payments received on the case, net of reversals
   * @throws IllegalArgumentException without invoices, or with another currency than theirs
   */
  public static CertificateAmounts of(List<InvoiceAmounts> invoices, Money recovered) {
    if (invoices.isEmpty()) {
      throw new IllegalArgumentException("A certificate names at least one invoice");
    }
    Currency currency = invoices.get(0).inclVat().currency();
    Money zero = Money.zero(currency);
    Money exclVat = invoices.stream().map(InvoiceAmounts::exclVat).reduce(zero, Money::plus);
    Money vat = invoices.stream().map(InvoiceAmounts::vat).reduce(zero, Money::plus);
    Money inclVat = invoices.stream().map(InvoiceAmounts::inclVat).reduce(zero, Money::plus);
    Objects.requireNonNull(recovered, "recovered");
    Money unpaid = inclVat.minus(recovered);
    if (unpaid.isNegative()) {
      unpaid = zero;
    }
    Money unpaidVat = inclVat.isZero() ? zero : Money.rounded(unpaid.amount()
        .multiply(vat.amount()).divide(inclVat.amount(), MathContext.DECIMAL64), currency,
        RoundingMode.HALF_UP);
    return new CertificateAmounts(invoices, exclVat, vat, inclVat, recovered, unpaid,
        unpaid.minus(unpaidVat), unpaidVat);
  }
}
