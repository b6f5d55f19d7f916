package io.recova.agency.reporting;

import java.util.List;
import java.util.Objects;

/** The lines of one grouping and its total, which is the report's grand total. */
public record ReportGrouping(List<ReportLine> lines, ReportFigures total) {

  public ReportGrouping {
    lines = List.copyOf(lines);
    Objects.requireNonNull(total, "total");
  }
}
