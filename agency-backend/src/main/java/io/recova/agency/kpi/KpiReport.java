package io.recova.agency.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The KPIs of one scope over [from, to].
 *
 * @param creditorId the creditor covered, null for every creditor
 * @param collector the collector whose assigned cases are covered, null for every one
 */
public record KpiReport(LocalDate from, LocalDate to, UUID creditorId, String collector,
    String currency, List<KpiView> kpis) {

  public KpiReport {
    kpis = List.copyOf(kpis);
  }
}
