package io.recova.portal.kpi;

import io.recova.agency.kpi.AgedBalanceReport;
import io.recova.agency.kpi.KpiOverview;
import io.recova.agency.kpi.KpiReport;
import io.recova.agency.kpi.Kpis;
import io.recova.agency.kpi.MonthlyTrend;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * What a dashboard shows for a period, read from the same service as the API ({@link Kpis}, in the
 * caller's scope): the KPIs, their monthly trend, and the aged balance on the period's last day
 * (today when the period runs on past it).
 */
public record DashboardFigures(KpiReport kpis, MonthlyTrend trend, AgedBalanceReport agedBalance) {

  /**
   * @param creditorId a creditor chosen by agency staff; null for a creditor's own user (the
   *     backend scopes it) or for the whole agency
   * @param collector a collector chosen by a manager, or null
   */
  public static DashboardFigures load(Kpis kpis, LocalDate from, LocalDate to, LocalDate today,
      UUID creditorId, String collector, Locale locale) {
    KpiOverview overview = kpis.overview(from, to, creditorId, collector, locale);
    return new DashboardFigures(overview.kpis(), overview.trend(),
        kpis.agedBalance(to.isBefore(today) ? to : today, creditorId, collector, locale));
  }
}
