package io.recova.agency.reporting;

import java.util.Objects;

/**
 * One line of a grouping.
 *
 * @param key what the line groups by: a creditor's id, a collector's user name, a month as
 *     {@code 2026-01}; null for the collector grouping's line of movements tied to no collector
 * @param label what a reader sees: the creditor's name, the collector's user name, the month as
 *     its key; null with the key (the documents print their own words for it)
 */
public record ReportLine(String key, String label, ReportFigures figures) {

  public ReportLine {
    Objects.requireNonNull(figures, "figures");
  }
}
