package io.recova.reports.management;

import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.reporting.FeesAndRemittances;
import io.recova.agency.reporting.ReportFigures;
import io.recova.agency.reporting.ReportGrouping;
import io.recova.agency.reporting.ReportLine;
import io.recova.reports.i18n.DocumentFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The fee and remittance report as a spreadsheet (XLSX, written by fastexcel): one sheet per
 * grouping, a heading row, one row per line and a total row. Amounts are numbers with two decimals
 * and counts whole numbers, so that a manager can sum, sort and pivot them; only the labels are
 * text. The period and the agency head each sheet; the notes follow the table.
 */
@ApplicationScoped
public class FeesAndRemittancesWorkbook {

  /** Two decimals with thousands separators; the spreadsheet shows them in the reader's locale. */
  static final String AMOUNT_FORMAT = "#,##0.00";
  static final String COUNT_FORMAT = "0";
  /** The row of the column headings (0-based): after the agency, the title and the period. */
  static final int HEADING_ROW = 4;

  public byte[] render(FeesAndRemittances report, AgencyIdentity agency, Locale locale) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(agency, "agency");
    ReportTexts texts = new ReportTexts(DocumentFormat.of(locale));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Recova", "1.0");
      workbook.properties().setTitle(texts.get("title"));
      sheet(workbook, ReportTexts.Grouping.CREDITOR, report.byCreditor(), report, agency, texts);
      sheet(workbook, ReportTexts.Grouping.COLLECTOR, report.byCollector(), report, agency,
          texts);
      sheet(workbook, ReportTexts.Grouping.MONTH, report.byMonth(), report, agency, texts);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the spreadsheet", e);
    }
    return out.toByteArray();
  }

  private static void sheet(Workbook workbook, ReportTexts.Grouping grouping,
      ReportGrouping figures, FeesAndRemittances report, AgencyIdentity agency,
      ReportTexts texts) {
    Worksheet ws = workbook.newWorksheet(texts.get(grouping.key));
    DocumentFormat format = texts.format;
    ws.value(0, 0, agency.name());
    ws.style(0, 0).bold().set();
    ws.value(1, 0, texts.get("title") + " — " + texts.get(grouping.key));
    ws.style(1, 0).bold().fontSize(13).set();
    ws.value(2, 0, texts.get("period", format.date(report.period().from()),
        format.date(report.period().to())) + " — "
        + texts.get("currency", report.currency().getCurrencyCode()));

    List<String> headings = new ArrayList<>();
    headings.add(texts.get("column." + grouping.name().toLowerCase()));
    ReportTexts.AMOUNT_COLUMNS.forEach(k -> headings.add(texts.get(k)));
    ReportTexts.COUNT_COLUMNS.forEach(k -> headings.add(texts.get(k)));
    for (int c = 0; c < headings.size(); c++) {
      ws.value(HEADING_ROW, c, headings.get(c));
      ws.style(HEADING_ROW, c).bold().wrapText(true).fillColor("DCE3EC")
          .borderStyle(org.dhatim.fastexcel.BorderSide.BOTTOM, "thin").set();
      ws.width(c, c == 0 ? 40 : 16);
    }
    ws.freezePane(1, HEADING_ROW + 1);

    int row = HEADING_ROW + 1;
    for (ReportLine line : figures.lines()) {
      row(ws, row++, texts.label(grouping, line), line.figures(), false);
    }
    row(ws, row, texts.get("line.total"), figures.total(), true);

    row += 2;
    for (String note : List.of("note.ledger", "note.collector", "note.awaiting")) {
      ws.value(row++, 0, texts.get(note));
    }
  }

  private static void row(Worksheet ws, int r, String label, ReportFigures f, boolean total) {
    ws.value(r, 0, label);
    List<Optional<Money>> amounts = List.of(Optional.of(f.collectedThroughAgency()),
        Optional.of(f.collectedDirect()), Optional.of(f.fees()), Optional.of(f.certificateFees()),
        Optional.of(f.vat()), Optional.of(f.remitted()), f.awaitingRemittance());
    int c = 1;
    for (Optional<Money> amount : amounts) {
      // No balance for a collector: an empty cell, not a zero that would read as "nothing due".
      if (amount.isPresent()) {
        ws.value(r, c, amount.get().amount());
      }
      style(ws, r, c++, AMOUNT_FORMAT, total);
    }
    ws.value(r, c, f.payments());
    style(ws, r, c++, COUNT_FORMAT, total);
    ws.value(r, c, f.cases());
    style(ws, r, c, COUNT_FORMAT, total);
    if (total) {
      ws.style(r, 0).bold().borderStyle(org.dhatim.fastexcel.BorderSide.TOP, "thin").set();
    }
  }

  private static void style(Worksheet ws, int r, int c, String numberFormat, boolean total) {
    var style = ws.style(r, c).format(numberFormat);
    if (total) {
      style.bold().borderStyle(org.dhatim.fastexcel.BorderSide.TOP, "thin").set();
    } else {
      style.set();
    }
  }
}
