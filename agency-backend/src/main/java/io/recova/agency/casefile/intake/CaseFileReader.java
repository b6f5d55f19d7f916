package io.recova.agency.casefile.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a creditor's file of unpaid invoices into intake commands plus a report on every row. A
 * CSV row is one invoice; rows with the same case reference form one case. Nothing is stored here:
 * the caller shows the report and hands the accepted cases to the intake service.
 */
public final class CaseFileReader {

  /** Beyond this, a file is more likely a mistake than a portfolio, and it would hold a request. */
  public static final int MAX_DATA_ROWS = 100_000;

  /**
   * Reads a file.
   *
   * @param content the file as uploaded, in any of the charsets {@link FileText} recognises
   * @param format CSV or JSON
   * @param customHeaders the creditor's own headers for CSV (may be empty or null)
   * @param today the date against which future dates are refused
   */
  public ParsedImport read(byte[] content, ImportFormat format,
      Map<String, ImportColumn> customHeaders, LocalDate today) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(today, "today");
    FileText text = FileText.decode(content);
    ParsedImport parsed = switch (format) {
      case CSV -> new CsvCaseReader(MAX_DATA_ROWS).read(text, customHeaders, today);
      case JSON -> new JsonCaseReader(MAX_DATA_ROWS).read(text, today);
    };
    List<RowProblem> sorted = new ArrayList<>(parsed.problems());
    // A stable sort: within a row, problems stay in column order.
    sorted.sort(Comparator.comparingInt(RowProblem::row));
    return new ParsedImport(parsed.format(), parsed.charset(), parsed.separator(),
        parsed.recognisedHeaders(), parsed.ignoredHeaders(), parsed.dataRows(), parsed.cases(),
        sorted);
  }
}
