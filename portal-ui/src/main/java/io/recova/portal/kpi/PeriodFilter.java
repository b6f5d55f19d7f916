package io.recova.portal.kpi;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.recova.portal.i18n.DatePickerTexts;
import java.time.LocalDate;

/**
 * The dashboard's period: from and to, the current year to date by default. Each day bounds the
 * other, so the period is never reversed.
 */
public class PeriodFilter extends HorizontalLayout {

  final DatePicker from = new DatePicker();
  final DatePicker to = new DatePicker();

  public PeriodFilter(LocalDate today, Runnable onChange) {
    from.setId("kpi-from");
    to.setId("kpi-to");
    from.setLabel(getTranslation("kpi.from"));
    to.setLabel(getTranslation("kpi.to"));
    from.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    to.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    from.setValue(today.withDayOfYear(1));
    to.setValue(today);
    to.setMin(from.getValue());
    from.setMax(to.getValue());
    from.addValueChangeListener(e -> {
      to.setMin(e.getValue());
      if (e.getValue() != null) {
        onChange.run();
      }
    });
    to.addValueChangeListener(e -> {
      from.setMax(e.getValue());
      if (e.getValue() != null) {
        onChange.run();
      }
    });
    setAlignItems(Alignment.BASELINE);
    add(from, to);
  }

  /** Both days are set (a cleared field shows nothing new until it is filled again). */
  public boolean isComplete() {
    return from.getValue() != null && to.getValue() != null;
  }

  public LocalDate from() {
    return from.getValue();
  }

  public LocalDate to() {
    return to.getValue();
  }
}
