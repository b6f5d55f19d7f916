package io.recova.agency.kpi;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The aged balance of one scope on a day: every {@link AgeBucket} in order with its number of
 * unpaid claims and their unpaid principal, and the totals.
 */
public record AgedBalanceReport(LocalDate asOf, UUID creditorId, String collector,
    String definition, List<Bucket> buckets, long totalClaims, Money totalAmount) {

  /** One bucket. */
  public record Bucket(String code, String label, long claims, Money amount) {}

  public AgedBalanceReport {
    buckets = List.copyOf(buckets);
  }
}
