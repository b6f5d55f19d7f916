package io.recova.reports.management;

import io.recova.agency.reporting.ReportLine;
import io.recova.reports.i18n.DocumentFormat;
import io.recova.reports.template.CompiledTemplate;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The words of the fee and remittance report in one language, shared by the PDF and the
 * spreadsheet so that both read the same: the headings, the groupings' names, and the label of a
 * line (a month spelt out, the line of no collector named).
 */
final class ReportTexts {

  static final String BUNDLE = "reports.i18n.fees_and_remittances";

  /** The groupings, in the order both documents print them; each names its label bundle key. */
  enum Grouping {
    CREDITOR("grouping.creditor"),
    COLLECTOR("grouping.collector"),
    MONTH("grouping.month");

    final String key;

    Grouping(String key) {
      this.key = key;
    }
  }

  /** The amount columns, in order; each names its label bundle key. */
  static final List<String> AMOUNT_COLUMNS = List.of("column.collectedThroughAgency",
      "column.collectedDirect", "column.fees", "column.certificateFees", "column.vat",
      "column.remitted", "column.awaitingRemittance");
  static final List<String> COUNT_COLUMNS = List.of("column.payments", "column.cases");

  final DocumentFormat format;
  final ResourceBundle labels;

  ReportTexts(DocumentFormat format) {
    this.format = format;
    this.labels = CompiledTemplate.labels(BUNDLE, format.locale());
  }

  String get(String key) {
    return labels.getString(key);
  }

  String get(String key, Object... arguments) {
    return new MessageFormat(labels.getString(key), format.locale()).format(arguments);
  }

  /** What a reader sees for a line of a grouping. */
  String label(Grouping grouping, ReportLine line) {
    if (line.key() == null) {
      return get("line.noCollector");
    }
    if (grouping == Grouping.MONTH) {
      return DateTimeFormatter.ofPattern("LLLL yyyy", format.locale())
          .format(YearMonth.parse(line.key()));
    }
    return line.label();
  }
}
