package io.recova.portal.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.recova.agency.money.Money;
import io.recova.agency.plan.NewPaymentPlan;
import io.recova.agency.plan.PaymentPlanStatus;
import io.recova.agency.plan.PaymentPlanView;
import io.recova.agency.plan.PaymentPlanView.InstallmentView;
import io.recova.agency.plan.PaymentPlans;
import io.recova.agency.plan.PlanCancellation;
import io.recova.agency.plan.PlanFrequency;
import io.recova.agency.plan.PlanSignature;
import io.recova.portal.i18n.DatePickerTexts;
import io.recova.portal.i18n.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The payment plans of a case: each plan with how it is kept, the installments of the current (or
 * last) one, and for agency staff the forms to put a plan to the debtor, record the signature and
 * withdraw it. The creditor sees the same plans, read-only.
 */
class CasePlans extends VerticalLayout {

  private final UUID caseId;
  private final PaymentPlans plans;
  private final Consumer<Runnable> act;
  private final LocalDate today;

  /**
   * @param open whether the case may take a plan (neither closed nor suspended)
   * @param due the balance due today, offered as the plan's total
   */
  CasePlans(UUID caseId, PaymentPlans plans, boolean staff, boolean open, Money due,
      LocalDate today, Consumer<Runnable> act) {
    this.caseId = caseId;
    this.plans = plans;
    this.act = act;
    this.today = today;
    setPadding(false);
    List<PaymentPlanView> all = plans.of(caseId); // newest first
    if (all.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("plan.none"));
      none.setId("case-plans-none");
      add(none);
    } else {
      add(plansGrid(all));
      PaymentPlanView current = all.stream()
          .filter(p -> p.status() == PaymentPlanStatus.ACTIVE).findFirst()
          .orElse(all.get(0));
      add(installmentsGrid(current));
    }
    if (!staff) {
      return;
    }
    PaymentPlanView active = all.stream().filter(p -> p.status() == PaymentPlanStatus.ACTIVE)
        .findFirst().orElse(null);
    if (active == null && open) {
      add(proposeForm(due));
    } else if (active != null) {
      add(activeForm(active));
    }
  }

  private Grid<PaymentPlanView> plansGrid(List<PaymentPlanView> all) {
    Grid<PaymentPlanView> grid = new Grid<>();
    grid.setId("case-plans");
    grid.setAllRowsVisible(true);
    grid.addColumn(p -> Formats.date(p.proposedOn(), getLocale()))
        .setHeader(getTranslation("plan.proposedOn")).setAutoWidth(true);
    grid.addColumn(p -> getTranslation("planStatus." + p.status().name())
            + (p.status() == PaymentPlanStatus.ACTIVE && p.signedOn() == null
                ? " · " + getTranslation("plan.unsigned") : ""))
        .setHeader(getTranslation("plan.status")).setAutoWidth(true);
    grid.addColumn(p -> getTranslation("planStanding." + p.standing().name()))
        .setHeader(getTranslation("plan.standing")).setAutoWidth(true);
    grid.addColumn(p -> getTranslation("plan.terms", p.installmentCount(),
            getTranslation("planFrequency." + p.frequency().name()),
            Formats.date(p.firstDueDate(), getLocale())))
        .setHeader(getTranslation("plan.schedule")).setFlexGrow(2);
    grid.addColumn(p -> Formats.money(p.total(), getLocale()))
        .setHeader(getTranslation("plan.total")).setTextAlign(ColumnTextAlign.END);
    grid.addColumn(p -> Formats.money(p.paid(), getLocale()))
        .setHeader(getTranslation("plan.paid")).setTextAlign(ColumnTextAlign.END);
    grid.addColumn(p -> Formats.money(p.remaining(), getLocale()))
        .setHeader(getTranslation("plan.remaining")).setTextAlign(ColumnTextAlign.END);
    grid.addColumn(p -> p.signedOn() == null ? "" : Formats.date(p.signedOn(), getLocale()))
        .setHeader(getTranslation("plan.signedOn")).setAutoWidth(true);
    grid.addColumn(p -> p.cancelReason() == null ? "" : p.cancelReason())
        .setHeader(getTranslation("plan.cancelReason")).setFlexGrow(1);
    grid.setItems(all);
    return grid;
  }

  private Grid<InstallmentView> installmentsGrid(PaymentPlanView plan) {
    Grid<InstallmentView> grid = new Grid<>();
    grid.setId("case-plan-installments");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    grid.addColumn(InstallmentView::seq).setHeader("#").setAutoWidth(true)
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(i -> Formats.date(i.dueDate(), getLocale()))
        .setHeader(getTranslation("plan.dueDate")).setAutoWidth(true);
    grid.addColumn(i -> Formats.money(i.amount(), getLocale()))
        .setHeader(getTranslation("plan.amount")).setTextAlign(ColumnTextAlign.END);
    grid.addColumn(i -> Formats.money(i.paid(), getLocale()))
        .setHeader(getTranslation("plan.paid")).setTextAlign(ColumnTextAlign.END);
    grid.addColumn(i -> getTranslation("installmentStatus." + i.status().name()))
        .setHeader(getTranslation("plan.status")).setAutoWidth(true);
    grid.setItems(plan.installments());
    return grid;
  }

  private HorizontalLayout proposeForm(Money due) {
    BigDecimalField total = new BigDecimalField(getTranslation("plan.total"));
    total.setId("plan-total");
    total.setHelperText(getTranslation("plan.totalHelp", Formats.money(due, getLocale())));
    IntegerField count = new IntegerField(getTranslation("plan.installmentCount"));
    count.setId("plan-count");
    count.setMin(2);
    count.setMax(60);
    count.setStepButtonsVisible(true);
    count.setValue(3);
    DatePicker first = new DatePicker(getTranslation("plan.firstDueDate"));
    first.setId("plan-first-due");
    first.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    first.setValue(today.plusMonths(1));
    Select<PlanFrequency> frequency = new Select<>();
    frequency.setId("plan-frequency");
    frequency.setLabel(getTranslation("plan.frequency"));
    frequency.setItems(PlanFrequency.values());
    frequency.setItemLabelGenerator(f -> getTranslation("planFrequencyChoice." + f.name()));
    frequency.setValue(PlanFrequency.MONTHLY);
    Button propose = new Button(getTranslation("plan.propose"), e -> act.accept(() ->
        plans.propose(caseId, new NewPaymentPlan(total.getValue(), count.getValue(),
            first.getValue(), frequency.getValue()))));
    propose.setId("plan-propose");
    propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return row(total, count, first, frequency, propose);
  }

  /** Record the signature of a proposed plan, or withdraw the plan, signed or not. */
  private HorizontalLayout activeForm(PaymentPlanView active) {
    HorizontalLayout row = row();
    if (active.signedOn() == null) {
      DatePicker signedOn = new DatePicker(getTranslation("plan.signedOn"));
      signedOn.setId("plan-signed-on");
      signedOn.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
      signedOn.setValue(today);
      signedOn.setMax(today);
      Button sign = new Button(getTranslation("plan.sign"), e -> act.accept(() ->
          plans.sign(caseId, active.id(), new PlanSignature(signedOn.getValue()))));
      sign.setId("plan-sign");
      sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      row.add(signedOn, sign);
    }
    TextField reason = new TextField(getTranslation("plan.cancelReason"));
    reason.setId("plan-cancel-reason");
    reason.setMaxLength(500);
    reason.setWidth("20em");
    Button cancel = new Button(getTranslation("plan.cancel"), e -> act.accept(() ->
        plans.cancel(caseId, active.id(), new PlanCancellation(reason.getValue()))));
    cancel.setId("plan-cancel");
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
    row.add(reason, cancel);
    return row;
  }

  private static HorizontalLayout row(Component... parts) {
    HorizontalLayout row = new HorizontalLayout(parts);
    row.setAlignItems(FlexComponent.Alignment.END);
    return row;
  }
}
