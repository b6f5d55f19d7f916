package io.recova.agency.kpi;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose cases the figures cover: one creditor's, one collector's (the cases assigned to it now),
 * both, or the whole agency when neither is set. Decided for the caller by {@link Kpis}.
 */
public record KpiScope(UUID creditorId, String collector) {

  public static KpiScope agency() {
    return new KpiScope(null, null);
  }

  public Optional<UUID> creditor() {
    return Optional.ofNullable(creditorId);
  }

  public Optional<String> assignedCollector() {
    return Optional.ofNullable(collector);
  }

  /** Remittances pay creditors: a collector's scope has none of its own. */
  public boolean hasRemittances() {
    return collector == null;
  }
}
