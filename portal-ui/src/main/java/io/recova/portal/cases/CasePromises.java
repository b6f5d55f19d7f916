package io.recova.portal.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.recova.agency.promise.NewPromise;
import io.recova.agency.promise.PromiseBook;
import io.recova.agency.promise.PromiseView;
import io.recova.portal.i18n.DatePickerTexts;
import io.recova.portal.i18n.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The debtor's promises to pay on a case, each with whether it was kept; agency staff record a new
 * one while the case is worked.
 */
class CasePromises extends VerticalLayout {

  /** @param open whether the case may take a promise (neither closed nor suspended) */
  CasePromises(UUID caseId, PromiseBook promises, boolean staff, boolean open, LocalDate today,
      Consumer<Runnable> act) {
    setPadding(false);
    List<PromiseView> all = promises.of(caseId);
    if (all.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("promise.none"));
      none.setId("case-promises-none");
      add(none);
    } else {
      Grid<PromiseView> grid = new Grid<>();
      grid.setId("case-promises");
      grid.setAllRowsVisible(true);
      grid.addColumn(p -> Formats.date(p.promisedOn(), getLocale()))
          .setHeader(getTranslation("promise.promisedOn")).setAutoWidth(true);
      grid.addColumn(p -> Formats.money(p.amount(), getLocale()))
          .setHeader(getTranslation("promise.amount")).setTextAlign(ColumnTextAlign.END);
      grid.addColumn(p -> Formats.date(p.dueDate(), getLocale()))
          .setHeader(getTranslation("promise.dueDate")).setAutoWidth(true);
      grid.addColumn(p -> getTranslation("promiseStatus." + p.status().name()))
          .setHeader(getTranslation("promise.status")).setAutoWidth(true);
      grid.addColumn(PromiseView::recordedBy).setHeader(getTranslation("promise.recordedBy"))
          .setAutoWidth(true);
      grid.addColumn(p -> p.note() == null ? "" : p.note())
          .setHeader(getTranslation("promise.note")).setFlexGrow(2);
      grid.setItems(all);
      add(grid);
    }
    if (staff && open) {
      add(form(caseId, promises, today, act));
    }
  }

  private HorizontalLayout form(UUID caseId, PromiseBook promises, LocalDate today,
      Consumer<Runnable> act) {
    BigDecimalField amount = new BigDecimalField(getTranslation("promise.amount"));
    amount.setId("promise-amount");
    DatePicker dueDate = new DatePicker(getTranslation("promise.dueDate"));
    dueDate.setId("promise-due-date");
    dueDate.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    dueDate.setMin(today);
    dueDate.setMax(today.plusYears(1));
    TextField note = new TextField(getTranslation("promise.note"));
    note.setId("promise-note");
    note.setMaxLength(1000);
    note.setWidth("20em");
    Button record = new Button(getTranslation("promise.record"), e -> act.accept(() ->
        promises.record(caseId, new NewPromise(amount.getValue(), dueDate.getValue(),
            note.getValue()))));
    record.setId("promise-record");
    record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout row = new HorizontalLayout(amount, dueDate, note, record);
    row.setAlignItems(FlexComponent.Alignment.END);
    return row;
  }
}
