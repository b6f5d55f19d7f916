package io.recova.agency.valuation;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Interest on an unpaid amount, following DOMAIN D1 and D2: it runs from the day after the
 * triggering date (due date for B2B late penalties, C. com. L441-10; formal notice for legal
 * interest, C. civ. 1231-6; judgment, 1231-7) through the as-of date inclusive; periods are split
 * on 1 January and 1 July (the reference rates are fixed per half-year), on every rate change and
 * on every payment, which reduces the base from its value date; each period is rounded to the cent,
 * half up, and the periods are summed.
 */
public final class LateInterest {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private LateInterest() {}

  /** The result: every period with its base, rate and interest, and their sum. */
  public record Result(List<InterestPeriod> periods, Money total) {}

  /** A payment that reduced the base on its value date. */
  public record Reduction(LocalDate valueDate, Money amount) {}

  public static Result compute(
      Money base,
      LocalDate trigger,
      LocalDate asOf,
      RateSchedule rates,
      List<Reduction> reductions,
      DayCount dayCount) {
    Money zero = Money.zero(base.currency());
    LocalDate start = trigger.plusDays(1);
    if (asOf.isBefore(start)) {
      return new Result(List.of(), zero);
    }
    NavigableMap<LocalDate, Money> baseFrom = new TreeMap<>();
    baseFrom.put(start, base);
    Money remaining = base;
    for (Reduction r : reductions.stream()
        .sorted((a, b) -> a.valueDate().compareTo(b.valueDate()))
        .toList()) {
      remaining = remaining.minus(r.amount());
      LocalDate from = r.valueDate().isAfter(start) ? r.valueDate() : start;
      baseFrom.put(from, remaining.isNegative() ? zero : remaining);
    }

    TreeSet<LocalDate> cuts = new TreeSet<>(baseFrom.keySet());
    cuts.addAll(rates.changesAfter(start, asOf));
    for (LocalDate d = halfYearAfter(start); !d.isAfter(asOf); d = d.plusMonths(6)) {
      cuts.add(d);
    }
    cuts.removeIf(d -> d.isAfter(asOf) || d.isBefore(start));

    List<InterestPeriod> periods = new ArrayList<>();
    Money total = zero;
    List<LocalDate> starts = new ArrayList<>(cuts);
    for (int i = 0; i < starts.size(); i++) {
      LocalDate from = starts.get(i);
      LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : asOf;
      long days = ChronoUnit.DAYS.between(from, to) + 1;
      Money periodBase = baseFrom.floorEntry(from).getValue();
      if (periodBase.isZero()) {
        continue;
      }
      BigDecimal percent = rates.percentOn(from);
      BigDecimal factor =
          percent
              .multiply(BigDecimal.valueOf(days))
              .divide(
                  HUNDRED.multiply(BigDecimal.valueOf(dayCount.yearDays(from))),
                  MathContext.DECIMAL128);
      Money interest = periodBase.times(factor, RoundingMode.HALF_UP);
      periods.add(new InterestPeriod(from, to, days, periodBase, percent, interest));
      total = total.plus(interest);
    }
    return new Result(List.copyOf(periods), total);
  }

  /** The first 1 January or 1 July strictly after the day. */
  static LocalDate halfYearAfter(LocalDate day) {
    LocalDate july = LocalDate.of(day.getYear(), 7, 1);
    return day.isBefore(july) ? july : LocalDate.of(day.getYear() + 1, 1, 1);
  }
}
