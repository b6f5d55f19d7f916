package io.recova.portal.i18n;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place where the UI writes and reads numbers, amounts and dates in the user's language.
 * Everything goes through {@link BigDecimal}; nothing is ever parsed through a double.
 *
 * <p>French separators are no-break spaces (U+00A0) so that "12,50 %" or "1 234,56 €" never wraps
 * in a narrow grid cell.
 */
public final class Formats {

  static final char NO_BREAK_SPACE = '\u00a0';
  private static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
  private static final DateTimeFormatter ENGLISH_DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+([.,]\\d+)?");
  private static final Pattern BLANKS_AND_PERCENT = Pattern.compile("[\\s\\u00a0\\u202f%]");

  private Formats() {}

  /** "12,50 %" in French, "12.50%" in English; at least two decimals and up to four. */
  public static String percent(BigDecimal percent, Locale locale) {
    if (percent == null) {
      return "";
    }
    String number = number(percent, 2, Math.max(2, Math.min(percent.scale(), 4)), locale);
    return isFrench(locale) ? number + NO_BREAK_SPACE + "%" : number + "%";
  }

  /** "1 234,56 €" in French, "€1,234.56" in English, at the currency's decimals. */
  public static String money(Money money, Locale locale) {
    if (money == null) {
      return "";
    }
    int digits = money.currency().getDefaultFractionDigits();
    String number = number(money.amount(), digits, digits, locale);
    String symbol = money.currency().getSymbol(isFrench(locale) ? Locale.FRANCE : Locale.UK);
    return isFrench(locale) ? number + NO_BREAK_SPACE + symbol : symbol + number;
  }

  /**
   * "09/03/2026" in French, "Mar 9, 2026" in English (a day-first or month-first date misleads).
   */
  public static String date(LocalDate date, Locale locale) {
    if (date == null) {
      return "";
    }
    return (isFrench(locale) ? FRENCH_DATE : ENGLISH_DATE).format(date);
  }

  /** The calendar date of an instant in the agency's zone, formatted as {@link #date}. */
  public static String date(Instant instant, ZoneId zone, Locale locale) {
    return instant == null ? "" : date(instant.atZone(zone).toLocalDate(), locale);
  }

  /** A SIREN in groups of three, "552 100 554", as it is printed on a Kbis extract. */
  public static String siren(String siren) {
    if (siren == null) {
      return "";
    }
    String digits = siren.replaceAll("\\s", "");
    return digits.matches("\\d{9}")
        ? digits.replaceAll("(\\d{3})(?!$)", "$1" + NO_BREAK_SPACE)
        : siren;
  }

  /**
   * Reads a decimal number as people type it: "12,5" and "12.5" both mean twelve and a half, spaces
   * and a trailing "%" are ignored, and the value is exactly what was typed.
   *
   * @return null for blank text
   * @throws ParseException when the text is not a number
   */
  public static BigDecimal decimal(String text) throws ParseException {
    if (text == null || text.isBlank()) {
      return null;
    }
    String compact = BLANKS_AND_PERCENT.matcher(text).replaceAll("");
    if (!DECIMAL.matcher(compact).matches()) {
      throw new ParseException(text, 0);
    }
    return new BigDecimal(compact.replace(',', '.'));
  }

  /** A decimal as the user would type it back: "12,5" in French, "12.5" in English. */
  public static String decimalInput(BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    String plain = value.stripTrailingZeros().toPlainString();
    return isFrench(locale) ? plain.replace('.', ',') : plain;
  }

  private static String number(BigDecimal value, int minDigits, int maxDigits, Locale locale) {
    DecimalFormatSymbols symbols =
        DecimalFormatSymbols.getInstance(isFrench(locale) ? Locale.FRANCE : Locale.UK);
    if (isFrench(locale)) {
      // The JDK's French grouping separator is U+202F, which WebDriver and most fonts treat
      // differently from the U+00A0 used before "%" and "€".
      symbols.setGroupingSeparator(NO_BREAK_SPACE);
    }
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    format.setMinimumFractionDigits(minDigits);
    format.setMaximumFractionDigits(maxDigits);
    format.setParseBigDecimal(true);
    return format.format(value);
  }

  private static boolean isFrench(Locale locale) {
    return UiLanguage.supported(locale) == UiLanguage.FRENCH;
  }
}
