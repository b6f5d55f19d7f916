package io.recova.portal.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.recova.agency.payment.NewPayment;
import io.recova.agency.payment.NewReversal;
import io.recova.agency.payment.PaymentMethod;
import io.recova.agency.payment.PaymentView;
import io.recova.agency.payment.Payments;
import io.recova.agency.payment.ReversalReason;
import io.recova.portal.i18n.DatePickerTexts;
import io.recova.portal.i18n.Formats;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The payments of a case. Agency staff post what the debtor paid and reverse a payment that
 * bounced; the creditor declares what the debtor paid it directly. Each form carries its own
 * idempotency key, kept until the payment is recorded, so a double click or a retry after a lost
 * answer records the payment once.
 */
class CasePaymentsSection extends VerticalLayout {

  private final UUID caseId;
  private final Payments payments;
  private final Currency currency;
  private final LocalDate today;
  private final Consumer<Runnable> act;

  /** @param open whether the case still takes payments (not closed) */
  CasePaymentsSection(UUID caseId, Payments payments, Currency currency, boolean staff,
      boolean open, LocalDate today, Consumer<Runnable> act) {
    this.caseId = caseId;
    this.payments = payments;
    this.currency = currency;
    this.today = today;
    this.act = act;
    setPadding(false);
    List<PaymentView> all = payments.of(caseId);
    if (all.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("payment.none"));
      none.setId("case-payments-none");
      add(none);
    } else {
      add(grid(all));
    }
    if (!open) {
      return;
    }
    add(postForm(staff));
    List<PaymentView> reversible = all.stream()
        .filter(p -> p.status() == PaymentView.Status.RECEIVED).toList();
    if (staff && !reversible.isEmpty()) {
      add(reverseForm(reversible));
    }
  }

  private Grid<PaymentView> grid(List<PaymentView> all) {
    Grid<PaymentView> grid = new Grid<>();
    grid.setId("case-payments");
    grid.setAllRowsVisible(true);
    grid.addColumn(p -> Formats.date(p.valueDate(), getLocale()))
        .setHeader(getTranslation("payment.valueDate")).setAutoWidth(true);
    grid.addColumn(p -> Formats.money(p.amount(), getLocale()))
        .setHeader(getTranslation("payment.amount")).setTextAlign(ColumnTextAlign.END);
    grid.addColumn(p -> getTranslation("paymentMethod." + p.method().name()))
        .setHeader(getTranslation("payment.method")).setAutoWidth(true);
    grid.addColumn(p -> p.reference() == null ? "" : p.reference())
        .setHeader(getTranslation("payment.reference")).setFlexGrow(1);
    grid.addColumn(p -> p.status() == PaymentView.Status.REVERSED ? reversed(p)
            : p.overpayment() ? getTranslation("payment.overpayment",
                Formats.money(p.held(), getLocale())) : getTranslation("payment.received"))
        .setHeader(getTranslation("payment.status")).setFlexGrow(2);
    grid.addColumn(PaymentView::recordedBy).setHeader(getTranslation("payment.recordedBy"))
        .setAutoWidth(true);
    grid.setItems(all);
    return grid;
  }

  /** The reversal, and when the payment had been remitted, what the creditor now owes back. */
  private String reversed(PaymentView p) {
    String reason = getTranslation("reversalReason." + p.reversal().reason().name());
    return p.reversal().reclaimedFromCreditor().isZero()
        ? getTranslation("payment.reversed", reason)
        : getTranslation("payment.reversedAfterRemittance", reason,
            Formats.money(p.reversal().reclaimedFromCreditor(), getLocale()));
  }

  private HorizontalLayout postForm(boolean staff) {
    String key = UUID.randomUUID().toString();
    BigDecimalField amount = new BigDecimalField(getTranslation("payment.amount"));
    amount.setId("payment-amount");
    Select<PaymentMethod> method = new Select<>();
    method.setId("payment-method");
    method.setLabel(getTranslation("payment.method"));
    if (staff) {
      method.setItems(PaymentMethod.values());
      method.setValue(PaymentMethod.BANK_TRANSFER);
    } else {
      method.setItems(PaymentMethod.DIRECT_TO_CREDITOR);
      method.setValue(PaymentMethod.DIRECT_TO_CREDITOR);
      method.setReadOnly(true);
    }
    method.setItemLabelGenerator(m -> getTranslation("paymentMethod." + m.name()));
    DatePicker valueDate = new DatePicker(getTranslation("payment.valueDate"));
    valueDate.setId("payment-value-date");
    valueDate.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    valueDate.setValue(today);
    valueDate.setMax(today);
    TextField reference = new TextField(getTranslation("payment.reference"));
    reference.setId("payment-reference");
    reference.setMaxLength(140);
    Button post = new Button(getTranslation(staff ? "payment.post" : "payment.declare"),
        e -> act.accept(() -> payments.post(caseId, key, new NewPayment(amount.getValue(),
            currency.getCurrencyCode(), method.getValue(), valueDate.getValue(), null,
            reference.getValue()))));
    post.setId("payment-post");
    post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return row(amount, method, valueDate, reference, post);
  }

  private HorizontalLayout reverseForm(List<PaymentView> reversible) {
    Select<PaymentView> payment = new Select<>();
    payment.setId("reversal-payment");
    payment.setLabel(getTranslation("payment.toReverse"));
    payment.setItems(reversible);
    payment.setItemLabelGenerator(p -> Formats.date(p.valueDate(), getLocale()) + " · "
        + Formats.money(p.amount(), getLocale()) + " · "
        + getTranslation("paymentMethod." + p.method().name()));
    Select<ReversalReason> reason = new Select<>();
    reason.setId("reversal-reason");
    reason.setLabel(getTranslation("payment.reversalReason"));
    reason.setItems(Arrays.stream(ReversalReason.values())
        .filter(r -> r != ReversalReason.DECLARATION_WITHDRAWN
            || reversible.stream().anyMatch(p -> !p.method().intoTrustAccount()))
        .toList());
    reason.setItemLabelGenerator(r -> getTranslation("reversalReason." + r.name()));
    TextField note = new TextField(getTranslation("payment.reversalNote"));
    note.setId("reversal-note");
    note.setMaxLength(500);
    Button reverse = new Button(getTranslation("payment.reverse"), e -> act.accept(() -> {
      if (payment.getValue() == null) {
        throw new io.recova.agency.platform.InvalidInputException(List.of(
            new io.recova.agency.platform.FieldViolation("payment", "reversal.payment",
                "Choose the payment to reverse")));
      }
      payments.reverse(payment.getValue().id(), new NewReversal(reason.getValue(),
          note.getValue()));
    }));
    reverse.setId("reversal-submit");
    reverse.addThemeVariants(ButtonVariant.LUMO_ERROR);
    return row(payment, reason, note, reverse);
  }

  private static HorizontalLayout row(Component... parts) {
    HorizontalLayout row = new HorizontalLayout(parts);
    row.setAlignItems(FlexComponent.Alignment.END);
    row.setWrap(true);
    return row;
  }
}
