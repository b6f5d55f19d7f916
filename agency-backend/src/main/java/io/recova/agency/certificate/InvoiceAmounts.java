package io.recova.agency.certificate;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One invoice as the certificate prints it: excluding VAT, VAT, including VAT (DOMAIN R5.2).
 * Claims are kept including VAT; the price excluding VAT is recovered from the rate, rounded to
 * the cent half up, and the VAT is the difference, so the three amounts always add up to what the
 * invoice said.
 */
public record InvoiceAmounts(String invoiceNumber, LocalDate invoiceDate, BigDecimal vatPercent,
    Money exclVat, Money vat, Money inclVat) {

  /** The standard French rate (CGI 278), assumed when the creditor did not give the rate. */
  public static final BigDecimal STANDARD_VAT_PERCENT = new BigDecimal("20.00");

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  public InvoiceAmounts {
    Objects.requireNonNull(invoiceNumber, "invoiceNumber");
    Objects.requireNonNull(vatPercent, "vatPercent");
    if (!exclVat.plus(vat).equals(inclVat)) {
      throw new IllegalArgumentException("Excluding VAT plus VAT must make the invoice's amount");
    }
  }

  /**
   * @param vatPercent the rate included in the amount, or null for the standard rate
   */
  public static InvoiceAmounts of(String invoiceNumber, LocalDate invoiceDate, Money inclVat,
      BigDecimal vatPercent) {
    BigDecimal rate = vatPercent == null ? STANDARD_VAT_PERCENT : vatPercent;
    BigDecimal divisor = HUNDRED.add(rate).divide(HUNDRED, MathContext.DECIMAL64);
    Money exclVat = Money.rounded(inclVat.amount().divide(divisor, MathContext.DECIMAL64),
        inclVat.currency(), RoundingMode.HALF_UP);
    return new InvoiceAmounts(invoiceNumber, invoiceDate, rate, exclVat, inclVat.minus(exclVat),
        inclVat);
  }
}
