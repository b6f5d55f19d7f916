package io.recova.portal.kpi;

import io.recova.agency.kpi.KpiView;
import io.recova.agency.money.Money;
import io.recova.portal.i18n.Formats;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A KPI's figure as the user reads it, from the API's value without any other rounding: money in
 * the locale's format, a rate (0.3000) as a percentage (30,00 %), days to their one decimal, a
 * count as a whole number.
 */
final class KpiFormats {

  private KpiFormats() {}

  /**
   * @param none the text of a figure that does not exist (see its definition)
   * @param daysPattern the pattern of a number of days, {0} the number
   */
  static String value(KpiView kpi, Locale locale, String none, String daysPattern) {
    Object value = kpi.value();
    if (value == null) {
      return none;
    }
    return switch (kpi.unit()) {
      case MONEY -> Formats.money((Money) value, locale);
      case RATE -> Formats.percent(((BigDecimal) value).movePointRight(2), locale);
      case DAYS -> new MessageFormat(daysPattern, locale).format(new Object[] {
          decimal((BigDecimal) value, locale)});
      case COUNT -> count(((Number) value).longValue(), locale);
    };
  }

  static String count(long count, Locale locale) {
    return NumberFormat.getIntegerInstance(locale).format(count);
  }

  private static String decimal(BigDecimal value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(value.scale());
    format.setMaximumFractionDigits(value.scale());
    return format.format(value);
  }
}
