package io.recova.agency.casefile.intake;

import java.util.List;

/**
 * What reading an import file gave: the cases ready for intake and a report on everything else.
 * Every non-blank data row is either in an accepted case or named by at least one problem; a
 * problem on row 0 concerns the whole file, which then yields no case at all.
 *
 * @param format how the file was read
 * @param charset the charset the text was decoded with (e.g. "UTF-8", "windows-1252")
 * @param separator the CSV separator used, or null for JSON
 * @param recognisedHeaders the headers mapped to a field, in file order (empty for JSON)
 * @param ignoredHeaders the headers (or, for JSON, the field paths) Recova does not read
 * @param dataRows the number of non-blank data rows (for JSON, of cases)
 * @param cases the cases without any problem, in the order of their first row
 * @param problems every problem found, sorted by row
 */
public record ParsedImport(
    ImportFormat format,
    String charset,
    Character separator,
    List<String> recognisedHeaders,
    List<String> ignoredHeaders,
    int dataRows,
    List<ImportedCase> cases,
    List<RowProblem> problems) {

  public ParsedImport {
    recognisedHeaders = List.copyOf(recognisedHeaders);
    ignoredHeaders = List.copyOf(ignoredHeaders);
    cases = List.copyOf(cases);
    problems = List.copyOf(problems);
  }

  /** Whether the whole file was refused (a problem on row 0). */
  public boolean fileRejected() {
    return problems.stream().anyMatch(p -> p.row() == 0);
  }

  /** The number of claims in the accepted cases. */
  public int acceptedClaims() {
    return cases.stream().mapToInt(c -> c.command().claims().size()).sum();
  }
}
