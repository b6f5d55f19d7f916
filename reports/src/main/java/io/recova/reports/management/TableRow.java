package io.recova.reports.management;

import io.recova.agency.money.Money;
import io.recova.agency.reporting.ReportFigures;
import io.recova.agency.reporting.ReportGrouping;
import io.recova.agency.reporting.ReportLine;
import io.recova.reports.i18n.DocumentFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One printed row of the PDF's tables, already formatted: a line of a grouping, or its total. The
 * template groups the rows by {@code grouping} and reads the fields of the same names.
 */
record TableRow(String grouping, String groupingTitle, String firstColumn, String label,
    List<String> amounts, String payments, String cases, boolean total) {

  /** The rows of one grouping: its lines, then its total. */
  static List<TableRow> of(ReportTexts.Grouping grouping, ReportGrouping figures,
      ReportTexts texts) {
    String title = texts.get(grouping.key);
    String firstColumn = texts.get("column." + grouping.name().toLowerCase());
    List<TableRow> rows = new ArrayList<>();
    for (ReportLine line : figures.lines()) {
      rows.add(row(grouping, title, firstColumn, texts.label(grouping, line), line.figures(),
          texts.format, false));
    }
    rows.add(row(grouping, title, firstColumn, texts.get("line.total"), figures.total(),
        texts.format, true));
    return rows;
  }

  private static TableRow row(ReportTexts.Grouping grouping, String title, String firstColumn,
      String label, ReportFigures f, DocumentFormat format, boolean total) {
    List<String> amounts = new ArrayList<>();
    for (Money m : List.of(f.collectedThroughAgency(), f.collectedDirect(), f.fees(),
        f.certificateFees(), f.vat(), f.remitted())) {
      amounts.add(format.money(m));
    }
    amounts.add(f.awaitingRemittance().map(format::money).orElse("—"));
    return new TableRow(grouping.name(), title, firstColumn, label, List.copyOf(amounts),
        Integer.toString(f.payments()), Integer.toString(f.cases()), total);
  }

  Map<String, ?> fields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("grouping", grouping);
    fields.put("groupingTitle", groupingTitle);
    fields.put("firstColumn", firstColumn);
    fields.put("label", label);
    for (int i = 0; i < amounts.size(); i++) {
      fields.put("amount" + i, amounts.get(i));
    }
    fields.put("payments", payments);
    fields.put("cases", cases);
    fields.put("total", total);
    return fields;
  }
}
