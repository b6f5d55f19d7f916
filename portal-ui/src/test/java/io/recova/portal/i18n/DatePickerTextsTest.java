package io.recova.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatePickerTextsTest {

  @Test
  void theFrenchCalendarStartsOnMondayWithFrenchNamesAndDayFirstDates() {
    DatePickerI18n i18n = DatePickerTexts.of(Locale.FRENCH, key -> "[" + key + "]");

    assertThat(i18n.getMonthNames()).hasSize(12).startsWith("janvier").endsWith("décembre");
    assertThat(i18n.getWeekdays()).hasSize(7).startsWith("dimanche");
    assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
    assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy");
    assertThat(i18n.getToday()).isEqualTo("[datepicker.today]");
  }

  @Test
  void theEnglishCalendarKeepsTheLocalesOwnDateFormat() {
    DatePickerI18n i18n = DatePickerTexts.of(Locale.ENGLISH, key -> key);

    assertThat(i18n.getMonthNames()).startsWith("January");
    assertThat(i18n.getWeekdaysShort()).startsWith("Sun");
    assertThat(i18n.getDateFormats()).isNull();
  }
}
