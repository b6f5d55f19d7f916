package io.recova.agency.valuation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An annual interest rate in percent that changes on given days: the legal rate per half-year,
 * ECB + 10 points, a contract rate, a rate increased five points two months after a judgment.
 */
public final class RateSchedule {

  private final NavigableMap<LocalDate, BigDecimal> percentFrom;

  private RateSchedule(NavigableMap<LocalDate, BigDecimal> percentFrom) {
    this.percentFrom = percentFrom;
  }

  /** A schedule from each change day to the rate in force from that day on. */
  public static RateSchedule of(Map<LocalDate, BigDecimal> percentFrom) {
    if (percentFrom.isEmpty()) {
      throw new IllegalArgumentException("A rate schedule needs at least one rate");
    }
    percentFrom.values().forEach(Objects::requireNonNull);
    return new RateSchedule(new TreeMap<>(percentFrom));
  }

  public static RateSchedule constant(LocalDate from, BigDecimal percent) {
    return of(Map.of(from, percent));
  }

  /**
   * @throws MissingRateException when no rate is known for the day: a published value must be
   *     entered, Recova never guesses one
   */
  public BigDecimal percentOn(LocalDate day) {
    Map.Entry<LocalDate, BigDecimal> entry = percentFrom.floorEntry(day);
    if (entry == null) {
      throw new MissingRateException(day);
    }
    return entry.getValue();
  }

  /** The days within (from, to] on which the rate changes. */
  List<LocalDate> changesAfter(LocalDate from, LocalDate to) {
    return List.copyOf(percentFrom.subMap(from, false, to, true).keySet());
  }

  /** This schedule plus some points from a day on (CMF L313-3: +5 points after a judgment). */
  public RateSchedule increasedFrom(LocalDate day, BigDecimal points) {
    TreeMap<LocalDate, BigDecimal> increased = new TreeMap<>();
    for (Map.Entry<LocalDate, BigDecimal> e : percentFrom.entrySet()) {
      increased.put(e.getKey(), e.getKey().isBefore(day) ? e.getValue() : e.getValue().add(points));
    }
    increased.put(day, percentOn(day).add(points));
    return new RateSchedule(increased);
  }
}
