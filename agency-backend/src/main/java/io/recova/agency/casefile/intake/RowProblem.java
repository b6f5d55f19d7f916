package io.recova.agency.casefile.intake;

import java.util.Locale;

/**
 * Something wrong with one row of an import file, or with the whole file.
 *
 * @param row the row as the creditor sees it in Excel (the header is row 1), the 1-based index of
 *     the case in a JSON file, or 0 for a problem with the whole file
 * @param column the header of the column as the file writes it, the field's path in a JSON file,
 *     or null when the problem is not about one cell
 * @param code a stable code the UI can translate (e.g. {@code date.format})
 * @param message an English explanation that names the row and column
 */
public record RowProblem(int row, String column, String code, String message) {

  /** A problem with the whole file, such as a missing column or unreadable JSON. */
  static RowProblem ofFile(String code, String message) {
    return new RowProblem(0, null, code, message);
  }

  /** A problem with one CSV cell: "Row 7, column 'Montant': the amount ...". */
  static RowProblem atCell(int row, String header, String code, String reason) {
    return new RowProblem(row, header,
        code, "Row " + row + ", column '" + header + "': " + decapitalise(reason));
  }

  /** A problem with a whole CSV row rather than one of its cells. */
  static RowProblem atRow(int row, String code, String reason) {
    return new RowProblem(row, null, code, "Row " + row + ": " + decapitalise(reason));
  }

  /** A problem with one field of the n-th case of a JSON file. */
  static RowProblem atField(int index, String path, String code, String reason) {
    return new RowProblem(index, path,
        code, "Case " + index + ", field '" + path + "': " + decapitalise(reason));
  }

  /** A problem with the n-th case of a JSON file as a whole. */
  static RowProblem atCase(int index, String code, String reason) {
    return new RowProblem(index, null, code, "Case " + index + ": " + decapitalise(reason));
  }

  /** Rule messages are written as sentences; after "column 'X': " they continue one. */
  private static String decapitalise(String reason) {
    if (reason.length() > 1 && Character.isUpperCase(reason.charAt(0))
        && !Character.isUpperCase(reason.charAt(1))) {
      return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
    return reason;
  }
}
