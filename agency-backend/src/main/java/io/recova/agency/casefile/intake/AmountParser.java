package io.recova.agency.casefile.intake;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an amount as French or English spreadsheets print it: "1 234,56" (with a space, a no-break
 * space or a narrow no-break space between thousands), "1234,56", "1.234,56", "1,234.56",
 * "1234.56", "1234", with or without "€" or "EUR". A leading minus is kept so that the case rules
 * can refuse a negative amount with their own clear reason.
 *
 * <p>A single separator followed by exactly three digits ("1,234" or "1.234") is ambiguous. It is
 * read as a decimal separator: French files write decimals with a comma, and Excel never adds a
 * thousands separator to a raw export. The reading is also the safe one: 1.234 has three decimals,
 * which a euro amount cannot have, so the case rules refuse it and the creditor is asked to fix the
 * cell instead of a debt being silently taken a thousand times too large or too small.
 */
final class AmountParser {

  private static final Pattern CURRENCY_MARK = Pattern.compile("(?i)^(€|eur)\\s*|\\s*(€|eur)$");
  private static final Pattern GROUP_SPACES = Pattern.compile("[ \\u00A0\\u202F\\u2007\\u2009]");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SPACE_GROUPED = Pattern.compile("\\d{1,3}( \\d{3})+([.,]\\d+)?");

  private AmountParser() {}

  /** The amount, or null for a blank cell. */
  static BigDecimal parse(String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    String s = CURRENCY_MARK.matcher(cell.strip()).replaceAll("").strip();
    String sign = "";
    if (s.startsWith("-") || s.startsWith("\u2212") || s.startsWith("+")) {
      sign = s.startsWith("+") ? "" : "-";
      s = s.substring(1).strip();
    }
    s = GROUP_SPACES.matcher(s).replaceAll(" ");
    if (s.indexOf(' ') >= 0) {
      if (!SPACE_GROUPED.matcher(s).matches()) {
        throw notANumber(cell);
      }
      s = s.replace(" ", "");
    }
    String plain = plainDigits(s, cell);
    return new BigDecimal(sign + plain);
  }

  /** Removes thousands separators and makes the decimal separator a dot. */
  private static String plainDigits(String s, String cell) {
    int comma = s.lastIndexOf(',');
    int dot = s.lastIndexOf('.');
    if (comma < 0 && dot < 0) {
      return digitsOrFail(s, cell);
    }
    if (comma >= 0 && dot >= 0) {
      // Both appear: the last one is the decimal separator ("1.234,56" or "1,234.56").
      char decimal = comma > dot ? ',' : '.';
      char group = decimal == ',' ? '.' : ',';
      int at = Math.max(comma, dot);
      return grouped(s.substring(0, at), group, cell) + "." + digitsOrFail(s.substring(at + 1), cell);
    }
    char separator = comma >= 0 ? ',' : '.';
    if (s.indexOf(separator) != s.lastIndexOf(separator)) {
      // Several of the same: thousands separators only ("1.234.567", "1,234,567").
      return grouped(s, separator, cell);
    }
    int at = s.indexOf(separator);
    return digitsOrFail(s.substring(0, at), cell) + "." + digitsOrFail(s.substring(at + 1), cell);
  }

  private static String grouped(String s, char group, String cell) {
    String[] parts = s.split(Pattern.quote(String.valueOf(group)), -1);
    if (parts[0].isEmpty() || parts[0].length() > 3) {
      throw notANumber(cell);
    }
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].length() != 3) {
        throw notANumber(cell);
      }
    }
    return digitsOrFail(String.join("", parts), cell);
  }

  private static String digitsOrFail(String s, String cell) {
    if (!DIGITS.matcher(s).matches()) {
      throw notANumber(cell);
    }
    return s;
  }

  private static CellFormatException notANumber(String cell) {
    return new CellFormatException("number.format",
        "'" + cell.strip() + "' is not an amount; write it like 1234,56 or 1 234,56");
  }
}
