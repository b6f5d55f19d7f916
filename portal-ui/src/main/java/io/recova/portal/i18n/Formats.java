package io.recova.portal.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The one place where the UI formats and parses numbers and dates for the user's language. */
public final class Formats {

  private Formats() {}

  /** "12,50 %" in French, "12.50%" in English. */
  public static String percent(BigDecimal percent, Locale locale) {
    if (percent == null) {
      return "";
    }
    DecimalFormat format = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale));
    String number = format.format(percent);
    return Translations.supported(locale) == Translations.FRENCH
        ? number + "\u00a0%"
        : number + "%";
  }

  /** "09/03/2026" in French, "Mar 9, 2026" in English. */
  public static String date(LocalDate date, Locale locale) {
    if (date == null) {
      return "";
    }
    DateTimeFormatter formatter =
        Translations.supported(locale) == Translations.FRENCH
            ? DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH)
            : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
    return formatter.format(date);
  }

  /**
   * Parses a decimal number as people type it: "12,5" and "12.5" both mean twelve and a half, and
   * spaces are ignored. Never goes through a double.
   *
   * @throws ParseException when the text is not a number
   */
  public static BigDecimal decimal(String text) throws ParseException {
    if (text == null || text.isBlank()) {
      return null;
    }
    String normalized = text.replaceAll("[\\s\\u00a0\\u202f%]", "").replace(',', '.');
    if (!normalized.matches("[-+]?\\d+(\\.\\d+)?")) {
      throw new ParseException(text, new ParsePosition(0).getIndex());
    }
    return new BigDecimal(normalized);
  }
}
