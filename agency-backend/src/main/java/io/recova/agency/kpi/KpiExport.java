package io.recova.agency.kpi;

import io.recova.agency.money.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The KPIs and the aged balance as CSV (the layout French Excel opens directly, as the portfolio
 * export: UTF-8 with a byte order mark, {@code ;} and decimal commas in French) and as XLSX, whose
 * figures are number cells. Both are written from one table per report, so they carry exactly the
 * API's values: the same rounding, no other.
 */
public final class KpiExport {

  private KpiExport() {}

  /** A figure cell: the number (null: empty) and the spreadsheet format it is shown with. */
  private record Figure(BigDecimal value, String format) {}

  /** A header row and rows of text cells and {@link Figure}s. */
  private record Table(String sheet, List<String> header, List<List<Object>> rows) {}

  public static void kpisCsv(KpiReport report, Locale locale, OutputStream out) {
    csv(kpiTable(report, locale), Kpi.isFrench(locale), out);
  }

  public static void kpisXlsx(KpiReport report, Locale locale, OutputStream out) {
    xlsx(kpiTable(report, locale), out);
  }

  public static void agedBalanceCsv(AgedBalanceReport report, Locale locale, OutputStream out) {
    csv(agedTable(report, locale), Kpi.isFrench(locale), out);
  }

  public static void agedBalanceXlsx(AgedBalanceReport report, Locale locale, OutputStream out) {
    xlsx(agedTable(report, locale), out);
  }

  private static Table kpiTable(KpiReport report, Locale locale) {
    boolean french = Kpi.isFrench(locale);
    List<List<Object>> rows = new ArrayList<>();
    for (KpiView k : report.kpis()) {
      KpiValue figure = new KpiValue(Kpi.valueOf(k.code()), k.value(), List.of());
      String currency = k.value() instanceof Money m ? m.currency().getCurrencyCode() : "";
      rows.add(List.of(k.code(), k.label(), new Figure(figure.number(), format(k.unit())),
          k.unit().name(), currency, k.definition()));
      if (k.breakdown() != null) {
        for (KpiView.StageCountView s : k.breakdown()) {
          rows.add(List.of(k.code() + "." + s.stage(), s.stage(),
              new Figure(BigDecimal.valueOf(s.cases()), format(KpiUnit.COUNT)), k.unit().name(),
              "", ""));
        }
      }
    }
    return new Table("KPI", french
        ? List.of("Code", "Indicateur", "Valeur", "Unité", "Devise", "Définition")
        : List.of("Code", "Indicator", "Value", "Unit", "Currency", "Definition"), rows);
  }

  private static Table agedTable(AgedBalanceReport report, Locale locale) {
    boolean french = Kpi.isFrench(locale);
    List<List<Object>> rows = new ArrayList<>();
    for (AgedBalanceReport.Bucket b : report.buckets()) {
      rows.add(bucketRow(b.code(), b.label(), b.claims(), b.amount()));
    }
    rows.add(bucketRow("TOTAL", "Total", report.totalClaims(), report.totalAmount()));
    return new Table(french ? "Balance âgée" : "Aged balance", french
        ? List.of("Code", "Tranche", "Créances", "Montant", "Devise")
        : List.of("Code", "Bucket", "Claims", "Amount", "Currency"), rows);
  }

  private static List<Object> bucketRow(String code, String label, long claims, Money amount) {
    return List.of(code, label, new Figure(BigDecimal.valueOf(claims), format(KpiUnit.COUNT)),
        new Figure(amount.amount(), format(KpiUnit.MONEY)),
        amount.currency().getCurrencyCode());
  }

  /** Rates shown as percentages: the cell keeps the API's decimal (0.2500 shows 25.00 %). */
  private static String format(KpiUnit unit) {
    return switch (unit) {
      case MONEY -> "#,##0.00";
      case RATE -> "0.00%";
      case DAYS -> "0.0";
      case COUNT -> "0";
    };
  }

  private static void csv(Table table, boolean french, OutputStream out) {
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.Builder.create(CSVFormat.DEFAULT)
          .setDelimiter(french ? ';' : ',').setRecordSeparator("\r\n").build())) {
        csv.printRecord(table.header());
        for (List<Object> row : table.rows()) {
          csv.printRecord(row.stream().map(cell -> cell instanceof Figure f
              ? number(f.value(), french) : cell).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void xlsx(Table table, OutputStream out) {
    try {
      Workbook wb = new Workbook(out, "Recova", "1.0");
      Worksheet ws = wb.newWorksheet(table.sheet());
      for (int c = 0; c < table.header().size(); c++) {
        ws.value(0, c, table.header().get(c));
        ws.style(0, c).bold().set();
      }
      for (int r = 0; r < table.rows().size(); r++) {
        List<Object> row = table.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
          if (row.get(c) instanceof Figure f) {
            if (f.value() != null) {
              ws.value(r + 1, c, f.value());
              ws.style(r + 1, c).format(f.format()).set();
            }
          } else {
            ws.value(r + 1, c, (String) row.get(c));
          }
        }
      }
      ws.width(0, 34);
      ws.width(1, 40);
      ws.width(2, 16);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The figure as written in the API, with a decimal comma in French; empty when there is none. */
  private static String number(BigDecimal value, boolean french) {
    if (value == null) {
      return "";
    }
    String plain = value.toPlainString();
    return french ? plain.replace('.', ',') : plain;
  }
}
