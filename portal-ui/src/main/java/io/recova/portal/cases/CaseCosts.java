package io.recova.portal.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.recova.agency.cost.AdvancedCosts;
import io.recova.agency.cost.CostKind;
import io.recova.agency.cost.CostView;
import io.recova.agency.cost.NewCost;
import io.recova.agency.cost.NewCostReversal;
import io.recova.agency.judicial.JudicialView.StepView;
import io.recova.portal.i18n.DatePickerTexts;
import io.recova.portal.i18n.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The costs section of the judicial tab: every cost the agency advanced on the case with its split
 * between the debtor, the creditor and the agency and the reason for it; agency staff record a
 * cost from the supplier's invoice and reverse one entered by mistake. The creditor reads it.
 */
class CaseCosts extends VerticalLayout {

  private final UUID caseId;
  private final AdvancedCosts costs;
  private final Consumer<Runnable> act;

  /**
   * @param steps the case's judicial steps, which a cost may say it paid for
   */
  CaseCosts(UUID caseId, AdvancedCosts costs, List<StepView> steps, boolean staff,
      LocalDate today, Consumer<Runnable> act) {
    this.caseId = caseId;
    this.costs = costs;
    this.act = act;
    setPadding(false);
    setId("case-costs");
    add(new H4(getTranslation("cost.title")));
    List<CostView> recorded = costs.of(caseId);
    if (recorded.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("cost.none"));
      none.setId("costs-none");
      add(none);
    } else {
      add(grid(recorded, staff));
    }
    if (staff) {
      add(form(steps, today));
    }
  }

  private Grid<CostView> grid(List<CostView> recorded, boolean staff) {
    Grid<CostView> grid = new Grid<>();
    grid.setId("costs-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.addColumn(c -> Formats.date(c.incurredOn(), getLocale()))
        .setHeader(getTranslation("cost.incurredOn")).setAutoWidth(true);
    grid.addColumn(c -> getTranslation("costKind." + c.kind().name())
            + (c.reversed() ? " — " + getTranslation("cost.reversed") : ""))
        .setHeader(getTranslation("cost.kind")).setAutoWidth(true);
    grid.addColumn(c -> c.supplier() + " · " + c.reference())
        .setHeader(getTranslation("cost.supplier")).setFlexGrow(1);
    grid.addColumn(c -> Formats.money(c.total(), getLocale()) + (c.vat().isZero() ? ""
            : " (" + getTranslation("cost.vatIncluded", Formats.money(c.vat(), getLocale()))
                + ")"))
        .setHeader(getTranslation("cost.total")).setAutoWidth(true);
    grid.addColumn(c -> Formats.money(c.debtorShare(), getLocale()))
        .setHeader(getTranslation("cost.debtor")).setAutoWidth(true);
    grid.addColumn(c -> Formats.money(c.creditorShare(), getLocale()))
        .setHeader(getTranslation("cost.creditor")).setAutoWidth(true);
    grid.addColumn(c -> Formats.money(c.agencyShare(), getLocale()))
        .setHeader(getTranslation("cost.agency")).setAutoWidth(true);
    grid.addColumn(this::reasonText).setHeader(getTranslation("cost.reason")).setFlexGrow(2);
    if (staff) {
      grid.addComponentColumn(this::reverseButton).setAutoWidth(true);
    }
    grid.setItems(recorded);
    return grid;
  }

  private String reasonText(CostView c) {
    if (c.reasonCode() == null) {
      return c.reason();
    }
    String translated = getTranslation("costReason." + c.reasonCode().name());
    return io.recova.portal.i18n.Translations.isMissing(translated) ? c.reason() : translated;
  }

  private Component reverseButton(CostView c) {
    if (c.reversed()) {
      return new Paragraph();
    }
    TextField why = new TextField();
    why.setPlaceholder(getTranslation("cost.reversalReason"));
    why.setId("cost-reversal-reason-" + c.id());
    why.setMaxLength(500);
    why.setWidth("10em");
    Button reverse = new Button(getTranslation("cost.reverse"), e -> act.accept(() ->
        costs.reverse(c.id(), new NewCostReversal(why.getValue()))));
    reverse.setId("cost-reverse-" + c.id());
    return row(why, reverse);
  }

  private HorizontalLayout form(List<StepView> steps, LocalDate today) {
    Select<CostKind> kind = new Select<>();
    kind.setId("cost-kind");
    kind.setLabel(getTranslation("cost.kind"));
    kind.setItems(CostKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("costKind." + k.name()));
    BigDecimalField amount = new BigDecimalField(getTranslation("cost.amountExclVat"));
    amount.setId("cost-amount");
    amount.setWidth("9em");
    BigDecimalField vat = new BigDecimalField(getTranslation("cost.vat"));
    vat.setId("cost-vat");
    vat.setWidth("7em");
    // A court fee carries no VAT: the field goes away rather than invite a refused entry.
    kind.addValueChangeListener(e -> vat.setVisible(e.getValue() != CostKind.COURT_FEE));
    TextField supplier = new TextField(getTranslation("cost.supplier"));
    supplier.setId("cost-supplier");
    supplier.setMaxLength(200);
    TextField reference = new TextField(getTranslation("cost.reference"));
    reference.setId("cost-reference");
    reference.setMaxLength(100);
    DatePicker incurred = new DatePicker(getTranslation("cost.incurredOn"));
    incurred.setId("cost-date");
    incurred.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    incurred.setValue(today);
    Select<StepView> step = new Select<>();
    step.setId("cost-step");
    step.setLabel(getTranslation("cost.step"));
    step.setEmptySelectionAllowed(true);
    step.setEmptySelectionCaption(getTranslation("cost.noStep"));
    step.setItems(steps);
    step.setItemLabelGenerator(s -> s == null ? getTranslation("cost.noStep")
        : getTranslation("judicialStep." + s.kind().name()) + " · "
            + Formats.date(s.date(), getLocale()));
    Button record = new Button(getTranslation("cost.record"), e -> act.accept(() ->
        costs.record(caseId, new NewCost(kind.getValue(), amount.getValue(),
            vat.isVisible() ? vat.getValue() : null, null, supplier.getValue(),
            incurred.getValue(), step.getValue() == null ? null : step.getValue().id(),
            reference.getValue()))));
    record.setId("cost-record");
    HorizontalLayout form = row(kind, amount, vat, supplier, reference, incurred, step, record);
    form.setWrap(true);
    return form;
  }

  private static HorizontalLayout row(Component... parts) {
    HorizontalLayout row = new HorizontalLayout(parts);
    row.setAlignItems(FlexComponent.Alignment.END);
    return row;
  }
}
