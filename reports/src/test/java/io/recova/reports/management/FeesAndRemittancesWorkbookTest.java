package io.recova.reports.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spreadsheet read back with fastexcel's reader: one sheet per grouping, a heading row, real
 * numbers with two decimals, and a total row that is the sum of the lines above it.
 */
class FeesAndRemittancesWorkbookTest {

  private static final int HEADING = FeesAndRemittancesWorkbook.HEADING_ROW;
  private static byte[] english;

  @BeforeAll
  static void render() {
    english = new FeesAndRemittancesWorkbook().render(SampleReport.quarter(),
        SampleReport.AGENCY, Locale.ENGLISH);
  }

  private static List<Row> rows(byte[] xlsx, String sheet) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
        new ReadingOptions(true, false))) {
      Sheet s = workbook.findSheet(sheet).orElseThrow();
      return s.read();
    }
  }

  /** The row at a 0-based index: the reader leaves empty rows out of its list. */
  private static Row rowAt(List<Row> rows, int index) {
    return rows.stream().filter(r -> r.getRowNum() == index + 1).findFirst().orElseThrow();
  }

  private static Row rowLabelled(List<Row> rows, String label) {
    return rows.stream().filter(r -> r.getCellCount() > 0 && r.getCell(0) != null
            && label.equals(r.getCell(0).getText()))
        .findFirst().orElseThrow(() -> new AssertionError("No row " + label));
  }

  private static void assertAmounts(Row row, String... amounts) {
    for (int i = 0; i < amounts.length; i++) {
      Cell cell = row.getCell(i + 1);
      if (amounts[i] == null) {
        assertThat(cell == null || cell.getType() == CellType.EMPTY).as("column " + (i + 1))
            .isTrue();
        continue;
      }
      assertThat(cell.getType()).as("column " + (i + 1)).isEqualTo(CellType.NUMBER);
      assertThat(cell.asNumber()).as("column " + (i + 1))
          .isEqualByComparingTo(new BigDecimal(amounts[i]));
      assertThat(cell.getDataFormatString()).isEqualTo("#,##0.00");
    }
  }

  private static void assertCounts(Row row, int payments, int cases) {
    assertThat(row.getCell(8).getType()).isEqualTo(CellType.NUMBER);
    assertThat(row.getCell(8).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(payments));
    assertThat(row.getCell(9).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(cases));
  }

  @Test
  void oneSheetPerGroupingWithItsHeadingRow() throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(english))) {
      assertThat(workbook.getSheets().map(Sheet::getName))
          .containsExactly("By creditor", "By collector", "By month");
    }
    Row heading = rowAt(rows(english, "By creditor"), HEADING);
    assertThat(heading.getCell(0).getText()).isEqualTo("Creditor");
    assertThat(heading.getCell(1).getText()).isEqualTo("Collected by the agency");
    assertThat(heading.getCell(7).getText()).isEqualTo("Awaiting remittance at the end");
    assertThat(heading.getCell(9).getText()).isEqualTo("Cases");
    assertThat(rowAt(rows(english, "By creditor"), 2).getCell(0).getText())
        .contains("1 Jan 2026", "31 Mar 2026");
  }

  @Test
  void byCreditorAmountsAreNumbersWithTwoDecimalsAndTheTotalIsTheirSum() throws IOException {
    List<Row> rows = rows(english, "By creditor");

    assertAmounts(rowLabelled(rows, "Alpha SARL"),
        "1000.00", "0.00", "150.00", "0.00", "30.00", "900.00", "20.00");
    assertCounts(rowLabelled(rows, "Alpha SARL"), 1, 1);
    assertAmounts(rowLabelled(rows, "Beta SA"),
        "0.00", "400.00", "40.00", "0.00", "8.00", "0.00", "0.00");
    Row total = rowLabelled(rows, "Total");
    assertAmounts(total, "1000.00", "400.00", "190.00", "0.00", "38.00", "900.00", "20.00");
    assertCounts(total, 2, 2);
    for (int column = 1; column <= 7; column++) {
      BigDecimal sum = rowLabelled(rows, "Alpha SARL").getCell(column).asNumber()
          .add(rowLabelled(rows, "Beta SA").getCell(column).asNumber());
      assertThat(total.getCell(column).asNumber()).isEqualByComparingTo(sum);
    }
  }

  @Test
  void byCollectorNoBalanceCellAndTheSameTotal() throws IOException {
    List<Row> rows = rows(english, "By collector");

    assertAmounts(rowLabelled(rows, "alice"),
        "1000.00", "0.00", "150.00", "0.00", "30.00", "0.00", null);
    assertAmounts(rowLabelled(rows, "No collector (unassigned cases, remittances)"),
        "0.00", "0.00", "0.00", "0.00", "0.00", "900.00", null);
    assertAmounts(rowLabelled(rows, "Total"),
        "1000.00", "400.00", "190.00", "0.00", "38.00", "900.00", null);
    assertCounts(rowLabelled(rows, "Total"), 2, 2);
  }

  @Test
  void byMonthEveryMonthAndTheSameTotal() throws IOException {
    List<Row> rows = rows(english, "By month");

    assertAmounts(rowLabelled(rows, "January 2026"),
        "1000.00", "0.00", "150.00", "0.00", "30.00", "0.00", "920.00");
    assertAmounts(rowLabelled(rows, "March 2026"),
        "0.00", "0.00", "0.00", "0.00", "0.00", "900.00", "20.00");
    assertAmounts(rowLabelled(rows, "Total"),
        "1000.00", "400.00", "190.00", "0.00", "38.00", "900.00", "20.00");
  }

  @Test
  void frenchSheetsAndHeadings() throws IOException {
    byte[] french = new FeesAndRemittancesWorkbook().render(SampleReport.quarter(),
        SampleReport.AGENCY, Locale.FRENCH);

    assertThat(rowAt(rows(french, "Par créancier"), HEADING).getCell(3).getText())
        .isEqualTo("Honoraires HT");
    assertAmounts(rowLabelled(rows(french, "Par mois"), "janvier 2026"),
        "1000.00", "0.00", "150.00", "0.00", "30.00", "0.00", "920.00");
  }
}
