package io.recova.agency.casefile;

/**
 * Text written into a file a spreadsheet will open. A cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be taken as a formula by Excel or
 * LibreOffice (CSV injection); such a cell gets a leading apostrophe, which the spreadsheet shows
 * as plain text. Numbers are written by their own formatter and never pass through here.
 */
public final class SpreadsheetSafeText {

  private SpreadsheetSafeText() {}

  public static String of(String text) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    char first = text.charAt(0);
    boolean formula = first == '=' || first == '+' || first == '-' || first == '@'
        || first == '\t' || first == '\r';
    return formula ? "'" + text : text;
  }
}
