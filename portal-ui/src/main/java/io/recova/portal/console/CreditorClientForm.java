package io.recova.portal.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BigDecimalRangeValidator;
import com.vaadin.flow.shared.Registration;
import io.recova.agency.mandate.FeeRate;
import io.recova.agency.mandate.NewCreditorClient;
import io.recova.agency.mandate.RemittanceFrequency;
import io.recova.agency.platform.FieldViolation;
import io.recova.portal.i18n.DatePickerTexts;
import io.recova.portal.i18n.DecimalConverter;
import io.recova.portal.i18n.Translations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A manager's form for a new creditor client and its mandate. It checks at once what a user gets
 * wrong most (a missing name, a fee that is no number or outside 0–50 %, an IBAN that does not look
 * like one); the service's validation is the one that counts, and {@link #showViolations} puts its
 * verdict on the fields. It reports upward with {@link SaveEvent} and {@link CloseEvent}.
 */
public class CreditorClientForm extends VerticalLayout {

  /** Two letters, two check digits, then 11 to 30 letters or digits: the shape of every IBAN. */
  private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Za-z]{2}\\d{2}[A-Za-z0-9]{11,30}");

  final TextField name = new TextField();
  final TextField siren = new TextField();
  final TextField address = new TextField();
  final EmailField email = new EmailField();
  final TextField amicableFee = new TextField();
  final TextField judicialFee = new TextField();
  final Select<RemittanceFrequency> frequency = new Select<>();
  final TextField iban = new TextField();
  final TextField bic = new TextField();
  final DatePicker signedOn = new DatePicker();
  final IntegerField remittanceDelay = new IntegerField();
  final Button save = new Button();
  final Button cancel = new Button();

  /** Violations that belong to no field (e.g. an empty request). */
  final Div formError = new Div();

  private final Binder<CreditorClientDraft> binder = new Binder<>();
  private final CreditorClientDraft draft = new CreditorClientDraft();

  /** The form's field for each field name of {@link NewCreditorClient}, as the service names it. */
  private final Map<String, HasValidation> fieldsByName;

  /**
   * @param today the agency's current date: the default signature date, and the latest allowed
   */
  public CreditorClientForm(LocalDate today) {
    setPadding(false);
    fieldsByName =
        Map.ofEntries(
            Map.entry("name", setUp(name, "client-name", "form.name")),
            Map.entry("registrationNumber", setUp(siren, "client-siren", "form.siren")),
            Map.entry("address", setUp(address, "client-address", "form.address")),
            Map.entry("contactEmail", setUp(email, "client-email", "form.email")),
            Map.entry("amicableFeePercent",
                setUp(amicableFee, "client-fee-amicable", "form.feeAmicable")),
            Map.entry("judicialFeePercent",
                setUp(judicialFee, "client-fee-judicial", "form.feeJudicial")),
            Map.entry("remittanceFrequency",
                setUp(frequency, "client-frequency", "form.frequency")),
            Map.entry("remittanceDelayDays",
                setUp(remittanceDelay, "client-remittance-delay", "form.remittanceDelay")),
            Map.entry("iban", setUp(iban, "client-iban", "form.iban")),
            Map.entry("bic", setUp(bic, "client-bic", "form.bic")),
            Map.entry("signedOn", setUp(signedOn, "client-signed-on", "form.signedOn")));

    siren.setHelperText(getTranslation("form.siren.help"));
    iban.setHelperText(getTranslation("form.iban.help"));
    remittanceDelay.setHelperText(getTranslation("form.remittanceDelay.help"));
    remittanceDelay.setSuffixComponent(new Div(getTranslation("form.remittanceDelay.unit")));
    amicableFee.setSuffixComponent(new Div("%"));
    judicialFee.setSuffixComponent(new Div("%"));
    frequency.setItems(RemittanceFrequency.values());
    frequency.setItemLabelGenerator(f -> getTranslation("frequency." + f.name()));
    signedOn.setI18n(
        DatePickerTexts.of(getLocale(), this::getTranslation)
            .setMaxErrorMessage(getTranslation("error.signedOn.future")));
    signedOn.setMax(today);
    draft.setSignedOn(today);
    bind();

    save.setText(getTranslation("form.save"));
    save.setId("client-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> validateAndSave());
    cancel.setText(getTranslation("form.cancel"));
    cancel.setId("client-cancel");
    cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));
    formError.setId("client-form-error");
    formError.getStyle().set("color", "var(--lumo-error-text-color)");
    formError.setVisible(false);

    FormLayout fields =
        new FormLayout(
            name, siren, address, email, amicableFee, judicialFee, frequency, remittanceDelay,
            iban, bic, signedOn);
    fields.setColspan(name, 2);
    fields.setColspan(address, 2);
    fields.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
    HorizontalLayout buttons = new HorizontalLayout(save, cancel);
    add(fields, formError, buttons);
  }

  private <F extends Component & HasLabel & HasValidation> F setUp(
      F field, String id, String labelKey) {
    field.setId(id);
    field.setLabel(getTranslation(labelKey));
    // Only the Binder and the service's verdict decide what is invalid; the component's own
    // checks would otherwise clear the service's verdict when the field loses focus.
    field.setManualValidation(true);
    return field;
  }

  private void bind() {
    binder
        .forField(name)
        .asRequired(getTranslation("error.name.required"))
        .withValidator(text -> !text.isBlank(), getTranslation("error.name.required"))
        .bind(CreditorClientDraft::getName, CreditorClientDraft::setName);
    binder
        .forField(siren)
        .bind(
            CreditorClientDraft::getRegistrationNumber, CreditorClientDraft::setRegistrationNumber);
    binder.forField(address).bind(CreditorClientDraft::getAddress, CreditorClientDraft::setAddress);
    binder
        .forField(email)
        .bind(CreditorClientDraft::getContactEmail, CreditorClientDraft::setContactEmail);
    bindFee(
        amicableFee,
        CreditorClientDraft::getAmicableFeePercent,
        CreditorClientDraft::setAmicableFeePercent);
    bindFee(
        judicialFee,
        CreditorClientDraft::getJudicialFeePercent,
        CreditorClientDraft::setJudicialFeePercent);
    binder
        .forField(frequency)
        .asRequired(getTranslation("error.frequency.required"))
        .bind(
            CreditorClientDraft::getRemittanceFrequency,
            CreditorClientDraft::setRemittanceFrequency);
    binder
        .forField(remittanceDelay)
        .bind(CreditorClientDraft::getRemittanceDelayDays,
            CreditorClientDraft::setRemittanceDelayDays);
    binder
        .forField(iban)
        .asRequired(getTranslation("error.iban.missing"))
        .withValidator(
            text -> IBAN_SHAPE.matcher(text.replaceAll("\\s", "")).matches(),
            getTranslation("error.iban.format"))
        .bind(CreditorClientDraft::getIban, CreditorClientDraft::setIban);
    binder.forField(bic).bind(CreditorClientDraft::getBic, CreditorClientDraft::setBic);
    binder
        .forField(signedOn)
        .bind(CreditorClientDraft::getSignedOn, CreditorClientDraft::setSignedOn);
    binder.readBean(draft);
  }

  private void bindFee(
      TextField field,
      Function<CreditorClientDraft, BigDecimal> getter,
      BiConsumer<CreditorClientDraft, BigDecimal> setter) {
    binder
        .forField(field)
        .asRequired(getTranslation("error.fee.required"))
        .withConverter(new DecimalConverter(getTranslation("error.fee.number")))
        .withValidator(
            new BigDecimalRangeValidator(
                getTranslation("error.fee.range"), BigDecimal.ZERO, FeeRate.MAXIMUM))
        .bind(getter::apply, setter::accept);
  }

  /** Runs the immediate checks; when they pass, hands the command to whoever saves it. */
  void validateAndSave() {
    formError.setVisible(false);
    if (binder.writeBeanIfValid(draft)) {
      fireEvent(new SaveEvent(this, draft.toCommand()));
    }
  }

  /**
   * Shows on each field, in the user's language, what the service refused; a violation of no field
   * goes under the form. The input stays as typed, so the user only corrects.
   */
  public void showViolations(List<FieldViolation> violations) {
    List<String> general = new ArrayList<>();
    for (FieldViolation violation : violations) {
      String text = textOf(violation);
      HasValidation field = fieldsByName.get(violation.field());
      if (field == null) {
        general.add(text);
      } else {
        field.setErrorMessage(text);
        field.setInvalid(true);
      }
    }
    formError.setText(String.join(" ", general));
    formError.setVisible(!general.isEmpty());
  }

  /** The translation of the violation's code, or the service's own (English) message. */
  private String textOf(FieldViolation violation) {
    String translated = getTranslation("error." + violation.code());
    return Translations.isMissing(translated) ? violation.message() : translated;
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
    return addListener(CloseEvent.class, listener);
  }

  /** The user submitted a form that passed the immediate checks. */
  public static class SaveEvent extends ComponentEvent<CreditorClientForm> {
    private final NewCreditorClient command;

    SaveEvent(CreditorClientForm source, NewCreditorClient command) {
      super(source, false);
      this.command = command;
    }

    public NewCreditorClient command() {
      return command;
    }
  }

  /** The user gave up; nothing is to be saved. */
  public static class CloseEvent extends ComponentEvent<CreditorClientForm> {
    CloseEvent(CreditorClientForm source) {
      super(source, false);
    }
  }
}
