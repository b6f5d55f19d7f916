package io.recova.agency.casefile.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a delimited file as Excel or an ERP writes it. Empty lines are kept as records so that
 * record numbers are the row numbers the creditor sees in Excel (a quoted line break stays inside
 * one row, as in Excel); blank rows are then skipped silently.
 */
final class CsvCaseReader {

  private final int maxRows;

  CsvCaseReader(int maxRows) {
    this.maxRows = maxRows;
  }

  ParsedImport read(FileText file, Map<String, ImportColumn> customHeaders, LocalDate today) {
    char separator = separatorOf(file.text());
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(separator)
        .setQuote('"')
        .setIgnoreEmptyLines(false)
        .setTrim(true)
        .build();
    List<RowProblem> problems = new ArrayList<>();
    List<ClaimRow> rows = new ArrayList<>();
    ColumnMapping mapping = null;
    int dataRows = 0;
    long lastRow = 0;
    try (CSVParser parser = CSVParser.parse(file.text(), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        problems.add(RowProblem.ofFile("file.empty", "The file is empty"));
        return result(file, separator, null, 0, List.of(), problems);
      }
      CSVRecord headerRecord = records.next();
      lastRow = headerRecord.getRecordNumber();
      List<String> headers = headerRecord.stream().map(CellText::clean).toList();
      mapping = ColumnMapping.of(headers, customHeaders);
      problems.addAll(mapping.problems());
      RowConverter converter = new RowConverter(mapping);
      while (records.hasNext()) {
        CSVRecord record = records.next();
        lastRow = record.getRecordNumber();
        List<String> cells = record.toList();
        if (cells.stream().allMatch(c -> CellText.clean(c) == null)) {
          continue;
        }
        dataRows++;
        if (dataRows > maxRows) {
          problems.add(RowProblem.ofFile("file.tooManyRows",
              "The file has more than " + maxRows + " data rows; split it into several files"));
          break;
        }
        if (!mapping.problems().isEmpty()) {
          continue;
        }
        int row = Math.toIntExact(record.getRecordNumber());
        checkWidth(row, cells, mapping, separator, problems);
        rows.add(converter.convert(row, cells, problems));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      problems.add(RowProblem.ofFile("csv.malformed",
          "The file cannot be read as CSV after row " + lastRow + " (an unclosed quote?): "
              + rootMessage(e)));
    }
    if (problems.stream().anyMatch(p -> p.row() == 0)) {
      return result(file, separator, mapping, dataRows, List.of(), problems);
    }
    if (dataRows == 0) {
      problems.add(RowProblem.ofFile("file.noRows", "The file has headers but no data rows"));
      return result(file, separator, mapping, dataRows, List.of(), problems);
    }
    List<ImportedCase> cases = new CaseAssembler(mapping, today).assemble(rows, problems);
    return result(file, separator, mapping, dataRows, cases, problems);
  }

  /**
   * Excel in French writes ";" (the comma is the decimal separator), English tools "," or a tab.
   * The header line decides, since headers rarely contain any of them.
   */
  static char separatorOf(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    if (header.indexOf(';') >= 0) {
      return ';';
    }
    if (header.indexOf('\t') >= 0) {
      return '\t';
    }
    return header.indexOf(',') >= 0 ? ',' : ';';
  }

  /**
   * More cells than headers usually means an unquoted separator inside a cell, which shifts every
   * cell after it into the wrong column; such a row cannot be trusted. Trailing empty cells, which
   * some exports add, are harmless.
   */
  private static void checkWidth(int row, List<String> cells, ColumnMapping mapping,
      char separator, List<RowProblem> problems) {
    if (cells.size() <= mapping.width()) {
      return;
    }
    boolean extraText = cells.subList(mapping.width(), cells.size()).stream()
        .anyMatch(c -> CellText.clean(c) != null);
    if (extraText) {
      problems.add(RowProblem.atRow(row, "row.extraCells",
          "This row has " + cells.size() + " cells but the header row has " + mapping.width()
              + "; a cell containing '" + separator + "' must be put in double quotes"));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static ParsedImport result(FileText file, char separator, ColumnMapping mapping,
      int dataRows, List<ImportedCase> cases, List<RowProblem> problems) {
    return new ParsedImport(ImportFormat.CSV, file.charset(), separator,
        mapping == null ? List.of() : mapping.recognisedHeaders(),
        mapping == null ? List.of() : mapping.ignoredHeaders(),
        dataRows, cases, problems);
  }
}
