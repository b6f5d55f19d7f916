package io.recova.agency.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The VAT rates on the agency's fees with their validity dates (DOMAIN D6): each rate applies from
 * its date until the next one. A value, read once from the reference data and handed to the
 * calculator, so fees are computed without a database.
 */
public final class VatRateTable {

  private final NavigableMap<LocalDate, BigDecimal> byDate;

  private VatRateTable(NavigableMap<LocalDate, BigDecimal> byDate) {
    this.byDate = byDate;
  }

  /**
   * @param percentByStart each rate in percent by the first day it applies
   */
  public static VatRateTable of(Map<LocalDate, BigDecimal> percentByStart) {
    TreeMap<LocalDate, BigDecimal> copy = new TreeMap<>();
    percentByStart.forEach(
        (from, percent) -> {
          Objects.requireNonNull(from, "from");
          if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("A VAT rate is between 0 and 100 %: " + percent);
          }
          copy.put(from, percent);
        });
    return new VatRateTable(copy);
  }

  /**
   * The rate in force on a day: for a fee on a payment, the payment's value date (VAT on services
   * falls due on encashment, CGI 269-2-c).
   *
   * @throws MissingVatRateException when no rate was in force yet on that day
   */
  public BigDecimal percentOn(LocalDate day) {
    Map.Entry<LocalDate, BigDecimal> entry = byDate.floorEntry(day);
    if (entry == null) {
      throw new MissingVatRateException(day);
    }
    return entry.getValue();
  }
}
