package io.recova.agency.casefile.intake;

import java.util.regex.Pattern;

/** How a cell's text is cleaned before it is read: spreadsheets pad with no-break spaces too. */
final class CellText {

  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\R\\s*");

  private CellText() {}

  /**
   * The cleaned text on one line. A line break inside an Excel cell (Alt+Enter) only lays the
   * text out, as in a two-line address; it becomes a space, since letters and records take one
   * line per field.
   */
  static String singleLine(String cell) {
    String s = clean(cell);
    return s == null ? null : LINE_BREAK.matcher(s).replaceAll(" ");
  }

  /** The text without surrounding spaces of any kind, or null when nothing is left. */
  static String clean(String cell) {
    if (cell == null) {
      return null;
    }
    int start = 0;
    int end = cell.length();
    while (start < end && isSpace(cell.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(cell.charAt(end - 1))) {
      end--;
    }
    return start == end ? null : cell.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
