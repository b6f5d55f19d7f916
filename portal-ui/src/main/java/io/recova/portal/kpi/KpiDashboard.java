package io.recova.portal.kpi;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.recova.agency.kpi.AgedBalanceReport;
import io.recova.agency.kpi.KpiReport;
import io.recova.agency.kpi.KpiView;
import io.recova.agency.kpi.MonthlyTrend;
import io.recova.agency.money.Money;
import io.recova.portal.i18n.Formats;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The KPIs as tiles, each with its definition under the figure (the backend's text, in the UI's
 * language), and the charts: collections and remittances by month, cases by stage, the aged
 * balance. It shows what {@link DashboardFigures} holds and computes nothing: the figures are the
 * API's, with the API's rounding.
 */
public class KpiDashboard extends VerticalLayout {

  private static final String COLLECTED_COLOR = "#1676f3";
  private static final String REMITTED_COLOR = "#2fa65b";
  private static final List<String> PALETTE = List.of("#1676f3", "#2fa65b", "#f2a516", "#e0473d",
      "#8f5bd6", "#18a2b8", "#c9507a", "#6b7a8f", "#9bc53d", "#f07d3c", "#4b4e9c", "#a3a3a3");
  private static final List<String> AGE_COLORS =
      List.of("#2fa65b", "#9bc53d", "#f2a516", "#f07d3c", "#e0473d");

  private final Div tiles = new Div();
  final KpiChart trend = new KpiChart("chart-trend");
  final KpiChart stages = new KpiChart("chart-stages");
  final KpiChart aged = new KpiChart("chart-aged");
  private final Paragraph agedDefinition = new Paragraph();

  public KpiDashboard() {
    setPadding(false);
    setId("kpi-dashboard");
    tiles.setId("kpi-tiles");
    tiles.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
        .set("grid-template-columns", "repeat(auto-fill, minmax(17em, 1fr))").set("width", "100%");
    Div charts = new Div(chartBox(trend), chartBox(stages), chartBox(aged, agedDefinition));
    charts.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
        .set("grid-template-columns", "repeat(auto-fill, minmax(26em, 1fr))").set("width", "100%");
    agedDefinition.getStyle().set("font-size", "var(--lumo-font-size-xs)")
        .set("color", "var(--lumo-secondary-text-color)");
    setWidthFull();
    add(tiles, charts);
  }

  public void show(DashboardFigures figures) {
    Locale locale = getLocale();
    tiles.removeAll();
    for (KpiView kpi : figures.kpis().kpis()) {
      tiles.add(tile(kpi, locale));
    }
    showTrend(figures.trend(), locale);
    figures.kpis().kpis().stream().filter(k -> k.breakdown() != null).findFirst()
        .ifPresent(k -> showStages(k, locale));
    showAged(figures.agedBalance(), locale);
  }

  private Div tile(KpiView kpi, Locale locale) {
    Span label = new Span(kpi.label());
    label.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
    Span value = new Span(KpiFormats.value(kpi, locale, getTranslation("value.none"),
        getTranslation("kpi.days")));
    value.setId("kpi-" + kpi.code());
    value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600")
        .set("display", "block").set("margin", "var(--lumo-space-xs) 0");
    Paragraph definition = new Paragraph(kpi.definition());
    definition.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("margin", "0")
        .set("color", "var(--lumo-secondary-text-color)");
    Div tile = new Div(label, value, definition);
    tile.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
        .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
        .set("background", "var(--lumo-base-color)");
    return tile;
  }

  private void showTrend(MonthlyTrend trend, Locale locale) {
    DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", locale);
    List<String> months = trend.months().stream()
        .map(m -> YearMonth.parse(m.month()).format(monthFormat)).toList();
    List<Money> collected = trend.months().stream().map(MonthlyTrend.Month::collected).toList();
    KpiChart.Series collectedSeries = moneySeries(getTranslation("kpi.chart.collected"),
        collected, locale, COLLECTED_COLOR);
    List<KpiChart.Series> series = trend.months().stream().anyMatch(m -> m.remitted() == null)
        ? List.of(collectedSeries)
        : List.of(collectedSeries, moneySeries(getTranslation("kpi.chart.remitted"),
            trend.months().stream().map(MonthlyTrend.Month::remitted).toList(), locale,
            REMITTED_COLOR));
    this.trend.show(KpiChart.Kind.BAR, getTranslation("kpi.chart.trend"), months, series);
  }

  private void showStages(KpiView byStage, Locale locale) {
    List<KpiView.StageCountView> nonEmpty =
        byStage.breakdown().stream().filter(s -> s.cases() > 0).toList();
    stages.show(KpiChart.Kind.DOUGHNUT, byStage.label(),
        nonEmpty.stream().map(s -> getTranslation("stage." + s.stage())).toList(),
        List.of(new KpiChart.Series(byStage.label(),
            nonEmpty.stream().map(s -> BigDecimal.valueOf(s.cases())).toList(),
            nonEmpty.stream().map(s -> KpiFormats.count(s.cases(), locale)).toList(),
            PALETTE.subList(0, Math.min(PALETTE.size(), Math.max(1, nonEmpty.size()))))));
  }

  private void showAged(AgedBalanceReport report, Locale locale) {
    aged.show(KpiChart.Kind.BAR,
        getTranslation("kpi.chart.aged", Formats.date(report.asOf(), locale)),
        report.buckets().stream().map(AgedBalanceReport.Bucket::label).toList(),
        List.of(new KpiChart.Series(getTranslation("kpi.chart.unpaid"),
            report.buckets().stream().map(b -> b.amount().amount()).toList(),
            report.buckets().stream().map(b -> Formats.money(b.amount(), locale) + " · "
                + getTranslation("kpi.chart.claims", b.claims())).toList(),
            AGE_COLORS)));
    agedDefinition.setText(report.definition());
  }

  private static KpiChart.Series moneySeries(String name, List<Money> amounts, Locale locale,
      String color) {
    return new KpiChart.Series(name, amounts.stream().map(Money::amount).toList(),
        amounts.stream().map(m -> Formats.money(m, locale)).toList(), List.of(color));
  }

  private static Div chartBox(KpiChart chart, com.vaadin.flow.component.Component... below) {
    Div box = new Div(chart);
    box.add(below);
    box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
        .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-s)")
        .set("min-width", "0");
    return box;
  }
}
