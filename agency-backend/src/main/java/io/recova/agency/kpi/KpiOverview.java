package io.recova.agency.kpi;

/** A scope's KPIs over a period and their monthly trend, read together (see Kpis#overview). */
public record KpiOverview(KpiReport kpis, MonthlyTrend trend) {}
