package io.recova.portal.i18n;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The date picker's calendar in the UI language: month and day names, first day of the week,
 * buttons, the French input format dd/MM/yyyy, and the error messages of its own checks.
 */
public final class DatePickerTexts {

  private DatePickerTexts() {}

  /**
   * @param locale the UI language
   * @param texts the translation of a key in that language (a component's getTranslation)
   */
  public static DatePickerI18n of(Locale locale, UnaryOperator<String> texts) {
    Locale language = UiLanguage.supported(locale);
    DateFormatSymbols symbols = DateFormatSymbols.getInstance(language);
    DayOfWeek firstDay =
        WeekFields.of(language == UiLanguage.FRENCH ? Locale.FRANCE : Locale.UK)
            .getFirstDayOfWeek();
    DatePickerI18n i18n =
        new DatePickerI18n()
            // DateFormatSymbols has a 13th, empty month for lunar calendars.
            .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
            // Sunday first, as the web component expects; index 0 of the JDK's arrays is empty.
            .setWeekdays(List.of(symbols.getWeekdays()).subList(1, 8))
            .setWeekdaysShort(List.of(symbols.getShortWeekdays()).subList(1, 8))
            .setFirstDayOfWeek(firstDay.getValue() % 7)
            .setToday(texts.apply("datepicker.today"))
            .setCancel(texts.apply("datepicker.cancel"))
            .setBadInputErrorMessage(texts.apply("error.date.unreadable"));
    if (language == UiLanguage.FRENCH) {
      i18n.setDateFormat("dd/MM/yyyy");
    }
    return i18n;
  }
}
