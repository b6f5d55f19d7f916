package io.recova.agency.judicial;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A commissaire de justice's proportional fee, by bands of the amount recovered like an income
 * tax: each band's rate applies to the part of the amount within it; the sum is rounded once, to
 * the cent, half up, then capped. Amounts are excluding VAT. The tariff is reference data with
 * its validity: a later decree replaces it.
 *
 * @param bands ascending; the last one has no upper bound
 * @param cap the most the fee can be
 */
public record ProportionalTariff(String name, LocalDate validFrom, LocalDate validTo,
    List<Band> bands, BigDecimal cap) {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * @param upTo the band's upper bound in euros, or null for the last band
   * @param percent the rate within the band
   */
  public record Band(BigDecimal upTo, BigDecimal percent) {}

  /** A444-31, borne by the debtor; 1 March 2024 to 28 February 2026 (DOMAIN.md R4.8). */
  public static final ProportionalTariff A444_31_2024 = new ProportionalTariff("A444-31",
      LocalDate.of(2024, 3, 1), LocalDate.of(2026, 2, 28), List.of(
          new Band(new BigDecimal("125"), new BigDecimal("9.77")),
          new Band(new BigDecimal("610"), new BigDecimal("6.35")),
          new Band(new BigDecimal("1525"), new BigDecimal("3.41")),
          new Band(null, new BigDecimal("0.29"))),
      new BigDecimal("550"));

  /**
   * A444-32, borne by the creditor; same validity. The rate above 52,400 EUR is UNVERIFIED in
   * DOMAIN.md, so the last known rate is kept above it; the cap makes the difference moot.
   */
  public static final ProportionalTariff A444_32_2024 = new ProportionalTariff("A444-32",
      LocalDate.of(2024, 3, 1), LocalDate.of(2026, 2, 28), List.of(
          new Band(new BigDecimal("125"), new BigDecimal("11.73")),
          new Band(new BigDecimal("610"), new BigDecimal("10.75")),
          new Band(new BigDecimal("1525"), new BigDecimal("10.26")),
          new Band(null, new BigDecimal("3.91"))),
      new BigDecimal("5540"));

  public ProportionalTariff {
    if (bands.isEmpty() || bands.get(bands.size() - 1).upTo() != null) {
      throw new IllegalArgumentException("The last band has no upper bound");
    }
    BigDecimal previous = BigDecimal.ZERO;
    for (Band band : bands.subList(0, bands.size() - 1)) {
      if (band.upTo() == null || band.upTo().compareTo(previous) <= 0) {
        throw new IllegalArgumentException("Bands ascend, each with its upper bound");
      }
      previous = band.upTo();
    }
    bands = List.copyOf(bands);
  }

  /** The fee on an amount recovered, in euros, excluding VAT. */
  public Money fee(Money recovered) {
    if (!EUR.equals(recovered.currency())) {
      throw new IllegalArgumentException("The tariff is in euros, not " + recovered.currency());
    }
    if (recovered.isNegative()) {
      throw new IllegalArgumentException("A fee is charged on an amount recovered, not " + recovered);
    }
    BigDecimal amount = recovered.amount();
    BigDecimal exact = BigDecimal.ZERO;
    BigDecimal lower = BigDecimal.ZERO;
    for (Band band : bands) {
      if (amount.compareTo(lower) <= 0) {
        break;
      }
      BigDecimal top = band.upTo() == null ? amount : amount.min(band.upTo());
      exact = exact.add(top.subtract(lower).multiply(band.percent()));
      lower = top;
    }
    BigDecimal fee = exact.divide(HUNDRED, 2, RoundingMode.HALF_UP).min(cap);
    return Money.of(fee.setScale(2, RoundingMode.UNNECESSARY), EUR);
  }

  /** Whether the tariff was in force on the day. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }
}
