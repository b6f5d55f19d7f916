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

  /** Marks a stretch with no known rate; compared by identity, never used in arithmetic. */
  private static final BigDecimal UNKNOWN = new BigDecimal("-1");

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
   * A schedule of rates fixed per half-year (ECB, legal rate): each rate holds for its own
   * half-year only, so a half-year nobody recorded yet is unknown rather than silently carrying
   * the previous value forward.
   */
  public static RateSchedule halfYearly(Map<LocalDate, BigDecimal> percentFrom) {
    if (percentFrom.isEmpty()) {
      throw new IllegalArgumentException("A rate schedule needs at least one rate");
    }
    TreeMap<LocalDate, BigDecimal> map = new TreeMap<>();
    percentFrom.forEach((from, percent) -> map.put(from, Objects.requireNonNull(percent)));
    for (LocalDate from : percentFrom.keySet()) {
      map.putIfAbsent(from.plusMonths(6), UNKNOWN);
    }
    return new RateSchedule(map);
  }

  /** The first day within [from, to] for which no rate is known, if any. */
  public java.util.Optional<LocalDate> firstUnknownDay(LocalDate from, LocalDate to) {
    Map.Entry<LocalDate, BigDecimal> atStart = percentFrom.floorEntry(from);
    if (atStart == null || atStart.getValue() == UNKNOWN) {
      return java.util.Optional.of(from);
    }
    return percentFrom.subMap(from, false, to, true).entrySet().stream()
        .filter(e -> e.getValue() == UNKNOWN)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Day by day the higher of two schedules: a contract rate never below the legal floor. */
  public RateSchedule atLeast(RateSchedule floor) {
    TreeMap<LocalDate, BigDecimal> merged = new TreeMap<>();
    java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>(percentFrom.keySet());
    days.addAll(floor.percentFrom.keySet());
    for (LocalDate day : days) {
      BigDecimal mine = valueOn(day);
      BigDecimal theirs = floor.valueOn(day);
      merged.put(day, mine == UNKNOWN || theirs == UNKNOWN ? UNKNOWN : mine.max(theirs));
    }
    return new RateSchedule(merged);
  }

  /** This schedule times a factor (the 3x legal-rate floor of L441-10). */
  public RateSchedule times(BigDecimal factor) {
    TreeMap<LocalDate, BigDecimal> scaled = new TreeMap<>();
    percentFrom.forEach((d, p) -> scaled.put(d, p == UNKNOWN ? UNKNOWN : p.multiply(factor)));
    return new RateSchedule(scaled);
  }

  /** This schedule before the day, the other one from the day on (a judgment changes the rate). */
  public RateSchedule switchingOn(LocalDate day, RateSchedule other) {
    TreeMap<LocalDate, BigDecimal> merged = new TreeMap<>(percentFrom.headMap(day, false));
    merged.put(day, other.valueOn(day));
    merged.putAll(other.percentFrom.tailMap(day, false));
    return new RateSchedule(merged);
  }

  private BigDecimal valueOn(LocalDate day) {
    Map.Entry<LocalDate, BigDecimal> entry = percentFrom.floorEntry(day);
    return entry == null ? UNKNOWN : entry.getValue();
  }

  /**
   * @throws MissingRateException when no rate is known for the day: a published value must be
   *     entered, Recova never guesses one
   */
  public BigDecimal percentOn(LocalDate day) {
    BigDecimal percent = valueOn(day);
    if (percent == UNKNOWN) {
      throw new MissingRateException(day);
    }
    return percent;
  }

  /** The days within (from, to] on which the rate changes. */
  List<LocalDate> changesAfter(LocalDate from, LocalDate to) {
    return List.copyOf(percentFrom.subMap(from, false, to, true).keySet());
  }

  /** This schedule plus some points from a day on (CMF L313-3: +5 points after a judgment). */
  public RateSchedule increasedFrom(LocalDate day, BigDecimal points) {
    TreeMap<LocalDate, BigDecimal> increased = new TreeMap<>();
    for (Map.Entry<LocalDate, BigDecimal> e : percentFrom.entrySet()) {
      BigDecimal p = e.getValue();
      increased.put(e.getKey(), e.getKey().isBefore(day) || p == UNKNOWN ? p : p.add(points));
    }
    BigDecimal atDay = valueOn(day);
    increased.put(day, atDay == UNKNOWN ? UNKNOWN : atDay.add(points));
    return new RateSchedule(increased);
  }
}
