package io.recova.agency.kpi;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Puts the claims, grouped by days past due, into the {@link AgeBucket}s. */
public final class AgedBalanceCalculator {

  private AgedBalanceCalculator() {}

  /**
   * Unpaid claims with the same number of days past due: how many, and their unpaid principal.
   * The database groups by the day count, so a portfolio of any size comes as a few hundred rows.
   */
  public record AgeRow(long daysPastDue, long claims, BigDecimal unpaid) {}

  /** One bucket's total. */
  public record BucketTotal(AgeBucket bucket, long claims, Money amount) {}

  /** Every bucket, in order, empty ones included (a chart needs its zeros). */
  public static List<BucketTotal> compute(List<AgeRow> rows, Currency currency) {
    Map<AgeBucket, long[]> counts = new EnumMap<>(AgeBucket.class);
    Map<AgeBucket, BigDecimal> amounts = new EnumMap<>(AgeBucket.class);
    for (AgeBucket b : AgeBucket.values()) {
      counts.put(b, new long[1]);
      amounts.put(b, BigDecimal.ZERO);
    }
    for (AgeRow row : rows) {
      AgeBucket b = AgeBucket.of(row.daysPastDue());
      counts.get(b)[0] += row.claims();
      amounts.merge(b, row.unpaid(), BigDecimal::add);
    }
    return List.of(AgeBucket.values()).stream()
        .map(b -> new BucketTotal(b, counts.get(b)[0], Money.of(amounts.get(b), currency)))
        .toList();
  }
}
