package io.recova.reports.i18n;

import io.recova.agency.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How documents print numbers and dates in one language. Values are formatted before filling a
 * report, so that templates only place text and every format is tested in Java.
 */
public final class DocumentFormat {

  private final Locale locale;
  private final DateTimeFormatter dates;

  private DocumentFormat(Locale locale, DateTimeFormatter dates) {
    this.locale = locale;
    this.dates = dates;
  }

  /** The format of the supported language closest to {@code requested}. */
  public static DocumentFormat of(Locale requested) {
    Locale locale = DocumentLocale.of(requested);
    // French paper uses numeric dates; an English reader may be American or British, so the month
    // is spelt out to keep 03/04 unambiguous.
    String datePattern = locale.getLanguage().equals("fr") ? "dd/MM/yyyy" : "d MMM yyyy";
    return new DocumentFormat(locale, DateTimeFormatter.ofPattern(datePattern, locale));
  }

  public Locale locale() {
    return locale;
  }

  /** A percentage such as 12.50 as "12,50 %" (French, non-breaking space) or "12.50%". */
  public String percent(BigDecimal percent) {
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_UP);
    // movePointLeft is exact: the rate stays a BigDecimal throughout.
    return format.format(percent.movePointLeft(2));
  }

  /**
   * An amount with its currency as the reader writes it: "1 200,00 €" in French (narrow
   * non-breaking spaces, so an amount never wraps), "€1,200.00" in English.
   */
  public String money(Money money) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(money.currency());
    int decimals = money.currency().getDefaultFractionDigits();
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    // Money holds exactly the currency's decimals, so nothing is ever rounded here.
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(money.amount());
  }

  /** A count as the reader writes it: "1 234" in French (narrow non-breaking space), "1,234". */
  public String count(long count) {
    return NumberFormat.getIntegerInstance(locale).format(count);
  }

  public String date(LocalDate date) {
    return dates.format(date);
  }

  /** A SIREN as printed on French documents, "552 100 554"; anything else unchanged. */
  public static String siren(String registrationNumber) {
    if (registrationNumber == null) {
      return null;
    }
    String digits = registrationNumber.replace(" ", "");
    if (!digits.matches("\\d{9}")) {
      return registrationNumber;
    }
    return digits.substring(0, 3) + ' ' + digits.substring(3, 6) + ' ' + digits.substring(6);
  }
}
