package io.recova.agency.invoice;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of a fee invoice: excluding VAT, VAT and including VAT, and per VAT rate the base
 * and the VAT (CGI 242 nonies A I 10° and 11°: "le montant de la taxe à payer et, par taux
 * d'imposition, le total hors taxe et la taxe correspondante").
 *
 * <p>The VAT of a rate is the sum of its lines' VAT, each computed on the line's rounded amount
 * and rounded half up when the fee was charged (FeeCalculator), never recomputed on the rate's
 * total: the invoice then says exactly what the trust ledger charged the creditor and owes the
 * State, to the cent. The two ways can differ by a cent per line; BOI-TVA-DECLA-30-20-20-10
 * accepts the tax computed line by line.
 */
public record InvoiceTotals(List<RateTotal> perRate, Money exclVat, Money vat, Money inclVat) {

  /** The base excluding VAT and the VAT of one rate. */
  public record RateTotal(BigDecimal vatPercent, Money base, Money vat) {}

  public InvoiceTotals {
    perRate = List.copyOf(perRate);
  }

  /** @throws IllegalArgumentException without lines, or with lines in several currencies */
  public static InvoiceTotals of(List<InvoiceLine> lines) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("An invoice has at least one line");
    }
    Currency currency = lines.get(0).amount().currency();
    Money zero = Money.zero(currency);
    // Keyed by the rate's value, so 20 and 20.00 are one rate; lowest rate first.
    Map<BigDecimal, Money[]> byRate = new TreeMap<>();
    for (InvoiceLine line : lines) {
      Money[] sums = byRate.computeIfAbsent(line.vatPercent().stripTrailingZeros(),
          r -> new Money[] {zero, zero});
      sums[0] = sums[0].plus(line.amount());
      sums[1] = sums[1].plus(line.vat());
    }
    List<RateTotal> perRate = new ArrayList<>();
    Money exclVat = zero;
    Money vat = zero;
    for (Map.Entry<BigDecimal, Money[]> e : byRate.entrySet()) {
      perRate.add(new RateTotal(e.getKey().setScale(2), e.getValue()[0], e.getValue()[1]));
      exclVat = exclVat.plus(e.getValue()[0]);
      vat = vat.plus(e.getValue()[1]);
    }
    return new InvoiceTotals(perRate, exclVat, vat, exclVat.plus(vat));
  }

  /** A document whose total is negative gives money back: a credit note. */
  public boolean isCreditNote() {
    return inclVat.isNegative();
  }
}
