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
 * figures are number cells. Both carry exactly the API's values: the same rounding, no other.
 */
public final class KpiExport {

  private KpiExport() {}

  /** One line of an export: text cells, then the figure (null: empty), then text cells. */
  private record Line(String code, String label, BigDecimal value, String unit, String currency,
      String definition) {}

  private static List<Line> lines(KpiReport report) {
    List<Line> lines = new ArrayList<>();
    for (KpiView k : report.kpis()) {
      KpiValue figure = new KpiValue(Kpi.valueOf(k.code()), k.value(), List.of());
      String currency = k.value() instanceof Money m ? m.currency().getCurrencyCode() : "";
      lines.add(new Line(k.code(), k.label(), figure.number(), k.unit().name(), currency,
          k.definition()));
      if (k.breakdown() != null) {
        for (KpiView.StageCountView s : k.breakdown()) {
          lines.add(new Line(k.code() + "." + s.stage(), s.stage(), BigDecimal.valueOf(s.cases()),
              k.unit().name(), "", ""));
        }
      }
    }
    return lines;
  }

  public static void kpisCsv(KpiReport report, Locale locale, OutputStream out) {
    boolean french = Kpi.isFrench(locale);
    try (CSVPrinter csv = csv(out, french)) {
      csv.printRecord(french
          ? new Object[] {"Code", "Indicateur", "Valeur", "Unité", "Devise", "Définition"}
          : new Object[] {"Code", "Indicator", "Value", "Unit", "Currency", "Definition"});
      for (Line l : lines(report)) {
        csv.printRecord(l.code(), l.label(), number(l.value(), french), l.unit(), l.currency(),
            l.definition());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void agedBalanceCsv(AgedBalanceReport report, Locale locale, OutputStream out) {
    boolean french = Kpi.isFrench(locale);
    try (CSVPrinter csv = csv(out, french)) {
      csv.printRecord(french
          ? new Object[] {"Code", "Tranche", "Créances", "Montant", "Devise"}
          : new Object[] {"Code", "Bucket", "Claims", "Amount", "Currency"});
      for (AgedBalanceReport.Bucket b : report.buckets()) {
        csv.printRecord(b.code(), b.label(), b.claims(), number(b.amount().amount(), french),
            b.amount().currency().getCurrencyCode());
      }
      csv.printRecord("TOTAL", french ? "Total" : "Total", report.totalClaims(),
          number(report.totalAmount().amount(), french),
          report.totalAmount().currency().getCurrencyCode());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void kpisXlsx(KpiReport report, Locale locale, OutputStream out) {
    boolean french = Kpi.isFrench(locale);
    try {
      Workbook wb = new Workbook(out, "Recova", "1.0");
      Worksheet ws = wb.newWorksheet("KPI");
      String[] head = french
          ? new String[] {"Code", "Indicateur", "Valeur", "Unité", "Devise", "Définition"}
          : new String[] {"Code", "Indicator", "Value", "Unit", "Currency", "Definition"};
      header(ws, head);
      int r = 1;
      for (Line l : lines(report)) {
        ws.value(r, 0, l.code());
        ws.value(r, 1, l.label());
        if (l.value() != null) {
          ws.value(r, 2, l.value());
          ws.style(r, 2).format(format(l.unit())).set();
        }
        ws.value(r, 3, l.unit());
        ws.value(r, 4, l.currency());
        ws.value(r, 5, l.definition());
        r++;
      }
      ws.width(0, 34);
      ws.width(1, 40);
      ws.width(2, 16);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void agedBalanceXlsx(AgedBalanceReport report, Locale locale, OutputStream out) {
    boolean french = Kpi.isFrench(locale);
    try {
      Workbook wb = new Workbook(out, "Recova", "1.0");
      Worksheet ws = wb.newWorksheet(french ? "Balance âgée" : "Aged balance");
      header(ws, french
          ? new String[] {"Code", "Tranche", "Créances", "Montant", "Devise"}
          : new String[] {"Code", "Bucket", "Claims", "Amount", "Currency"});
      int r = 1;
      for (AgedBalanceReport.Bucket b : report.buckets()) {
        bucketRow(ws, r++, b.code(), b.label(), b.claims(), b.amount());
      }
      bucketRow(ws, r, "TOTAL", "Total", report.totalClaims(), report.totalAmount());
      ws.width(0, 14);
      ws.width(1, 32);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void bucketRow(Worksheet ws, int r, String code, String label, long claims,
      Money amount) {
    ws.value(r, 0, code);
    ws.value(r, 1, label);
    ws.value(r, 2, claims);
    ws.value(r, 3, amount.amount());
    ws.style(r, 3).format("#,##0.00").set();
    ws.value(r, 4, amount.currency().getCurrencyCode());
  }

  private static void header(Worksheet ws, String[] head) {
    for (int c = 0; c < head.length; c++) {
      ws.value(0, c, head[c]);
      ws.style(0, c).bold().set();
    }
  }

  /** Rates shown as percentages: the cell keeps the API's decimal (0.2500 shows 25.00 %). */
  private static String format(String unit) {
    return switch (KpiUnit.valueOf(unit)) {
      case MONEY -> "#,##0.00";
      case RATE -> "0.00%";
      case DAYS -> "0.0";
      case COUNT -> "0";
    };
  }

  private static CSVPrinter csv(OutputStream out, boolean french) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    return new CSVPrinter(writer, CSVFormat.Builder.create(CSVFormat.DEFAULT)
        .setDelimiter(french ? ';' : ',').setRecordSeparator("\r\n").build());
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
