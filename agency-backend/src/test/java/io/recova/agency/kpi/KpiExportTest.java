package io.recova.agency.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.money.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The exports carry the API's figures: read back, every value is the report's, unrounded. */
class KpiExportTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  private static KpiReport report(Locale locale) {
    return new KpiReport(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null, "EUR",
        KpiCalculator.compute(KpiCalculatorTest.march(), EUR).stream()
            .map(v -> KpiView.of(v, locale)).toList());
  }

  private static AgedBalanceReport aged() {
    List<AgedBalanceCalculator.BucketTotal> totals = AgedBalanceCalculator.compute(List.of(
        new AgedBalanceCalculator.AgeRow(-3, 1, new BigDecimal("120.00")),
        new AgedBalanceCalculator.AgeRow(45, 2, new BigDecimal("1234.56"))), EUR);
    return new AgedBalanceReport(LocalDate.of(2026, 3, 31), null, null, "",
        totals.stream().map(t -> new AgedBalanceReport.Bucket(t.bucket().name(),
            t.bucket().label(Locale.ENGLISH), t.claims(), t.amount())).toList(),
        3, Money.of("1354.56", "EUR"));
  }

  /** Code to figure, from the report itself. */
  private static Map<String, BigDecimal> expected(KpiReport report) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (KpiView k : report.kpis()) {
      out.put(k.code(), new KpiValue(Kpi.valueOf(k.code()), k.value(), List.of()).number());
      if (k.breakdown() != null) {
        k.breakdown().forEach(s -> out.put(k.code() + "." + s.stage(),
            BigDecimal.valueOf(s.cases())));
      }
    }
    return out;
  }

  private static List<CSVRecord> parse(byte[] csv, char delimiter) throws Exception {
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(delimiter).build()
        .parse(new StringReader(text.substring(1))).getRecords();
  }

  @Test
  void theCsvCarriesEachFigureOfTheReport() throws Exception {
    KpiReport report = report(Locale.ENGLISH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KpiExport.kpisCsv(report, Locale.ENGLISH, out);

    List<CSVRecord> rows = parse(out.toByteArray(), ',');
    assertThat(rows.get(0).values()).containsExactly("Code", "Indicator", "Value", "Unit",
        "Currency", "Definition");
    Map<String, BigDecimal> expected = expected(report);
    Map<String, String> read = new HashMap<>();
    rows.subList(1, rows.size()).forEach(r -> read.put(r.get(0), r.get(2)));
    assertThat(read.keySet()).isEqualTo(expected.keySet());
    expected.forEach((code, value) -> assertThat(read.get(code)).as(code)
        .isEqualTo(value == null ? "" : value.toPlainString()));
    assertThat(read.get("RECOVERY_RATE")).isEqualTo("0.2000");
    assertThat(read.get("COLLECTED_TOTAL")).isEqualTo("1300.00");
  }

  @Test
  void theFrenchCsvUsesSemicolonsAndDecimalCommas() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KpiExport.kpisCsv(report(Locale.FRENCH), Locale.FRENCH, out);

    List<CSVRecord> rows = parse(out.toByteArray(), ';');
    assertThat(rows.get(0).get(1)).isEqualTo("Indicateur");
    assertThat(rows).filteredOn(r -> r.get(0).equals("PROMISE_KEPT_RATE")).singleElement()
        .satisfies(r -> {
          assertThat(r.get(2)).isEqualTo("0,6667");
          assertThat(r.get(5)).startsWith("Promesses de paiement");
        });
  }

  @Test
  void theSpreadsheetHasNumberCellsWithTheReportsFigures() throws Exception {
    KpiReport report = report(Locale.ENGLISH);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KpiExport.kpisXlsx(report, Locale.ENGLISH, out);

    Map<String, BigDecimal> expected = expected(report);
    Map<String, BigDecimal> read = new HashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<Row> rows = wb.getFirstSheet().read();
      assertThat(rows.get(0).getCellAsString(2)).contains("Value");
      for (Row r : rows.subList(1, rows.size())) {
        String code = r.getCellAsString(0).orElseThrow();
        if (expected.get(code) != null) {
          assertThat(r.getCell(2).getType()).as(code).isEqualTo(CellType.NUMBER);
        }
        read.put(code, r.getCellAsNumber(2).orElse(null));
      }
    }
    assertThat(read.keySet()).isEqualTo(expected.keySet());
    expected.forEach((code, value) -> {
      if (value == null) {
        assertThat(read.get(code)).as(code).isNull();
      } else {
        assertThat(read.get(code)).as(code).isEqualByComparingTo(value);
      }
    });
  }

  @Test
  void anAbsentFigureIsAnEmptyCellInBothExports() throws Exception {
    PortfolioAggregates none = new PortfolioAggregates(BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, Map.of(), 0, 0, List.of(), 0, 0,
        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    KpiReport report = new KpiReport(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null,
        "collector", "EUR", KpiCalculator.compute(none, EUR).stream()
            .map(v -> KpiView.of(v, Locale.ENGLISH)).toList());

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    KpiExport.kpisCsv(report, Locale.ENGLISH, csv);
    assertThat(parse(csv.toByteArray(), ',')).filteredOn(r -> r.get(0).equals("RECOVERY_RATE"))
        .singleElement().satisfies(r -> assertThat(r.get(2)).isEmpty());

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    KpiExport.kpisXlsx(report, Locale.ENGLISH, xlsx);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      Row remitted = wb.getFirstSheet().read().stream()
          .filter(r -> r.getCellAsString(0).orElse("").equals("REMITTED")).findFirst()
          .orElseThrow();
      assertThat(remitted.getCellAsNumber(2)).isEmpty();
      assertThat(remitted.getCellAsString(3)).contains("MONEY");
    }
  }

  @Test
  void theAgedBalanceExportsHaveEveryBucketAndTheTotal() throws Exception {
    ByteArrayOutputStream csvOut = new ByteArrayOutputStream();
    KpiExport.agedBalanceCsv(aged(), Locale.ENGLISH, csvOut);
    List<CSVRecord> rows = parse(csvOut.toByteArray(), ',');
    assertThat(rows).extracting(r -> r.get(0)).containsExactly("Code", "NOT_DUE", "DAYS_0_30",
        "DAYS_31_60", "DAYS_61_90", "OVER_90", "TOTAL");
    assertThat(rows.get(3).values()).containsExactly("DAYS_31_60", "31–60 days past due", "2",
        "1234.56", "EUR");
    assertThat(rows.get(6).get(3)).isEqualTo("1354.56");

    ByteArrayOutputStream xlsxOut = new ByteArrayOutputStream();
    KpiExport.agedBalanceXlsx(aged(), Locale.ENGLISH, xlsxOut);
    try (ReadableWorkbook wb = new ReadableWorkbook(
        new ByteArrayInputStream(xlsxOut.toByteArray()))) {
      List<Row> sheet = wb.getFirstSheet().read();
      assertThat(sheet).hasSize(7);
      Row r = sheet.get(3);
      assertThat(r.getCell(2).getType()).isEqualTo(CellType.NUMBER);
      assertThat(r.getCell(3).getType()).isEqualTo(CellType.NUMBER);
      assertThat(r.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("2");
      assertThat(r.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("1234.56");
      assertThat(sheet.get(6).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("1354.56");
    }
  }
}
