package io.recova.agency.casefile.intake;

/** How a cell's text is cleaned before it is read: spreadsheets pad with no-break spaces too. */
final class CellText {

  private CellText() {}

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
