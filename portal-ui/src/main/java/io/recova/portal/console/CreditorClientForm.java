package io.recova.portal.console;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.recova.agency.mandate.NewCreditorClient;
import io.recova.agency.mandate.RemittanceFrequency;
import io.recova.agency.platform.FieldViolation;
import io.recova.portal.i18n.Formats;
import java.math.BigDecimal;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/**
 * The manager's form for a new creditor client and its mandate. It checks what it can at once
 * (required name, fee a number between 0 and 50) and shows on each field what the service refused;
 * the service's validation is the one that counts.
 */
public class CreditorClientForm extends FormLayout {

  static final BigDecimal MAX_FEE = new BigDecimal("50");

  final TextField name = field("form.name", "client-name");
  final TextField siren = field("form.siren", "client-siren");
  final TextField address = field("form.address", "client-address");
  final EmailField email = new EmailField(getTranslation("form.email"));
  final TextField amicableFee = field("form.feeAmicable", "client-fee-amicable");
  final TextField judicialFee = field("form.feeJudicial", "client-fee-judicial");
  final Select<RemittanceFrequency> frequency = new Select<>();
  final TextField iban = field("form.iban", "client-iban");
  final TextField bic = field("form.bic", "client-bic");
  final DatePicker signedOn = new DatePicker(getTranslation("form.signedOn"));
  final Button save = new Button(getTranslation("form.save"));
  final Button cancel = new Button(getTranslation("form.cancel"));

  private final Map<String, HasValidation> fieldsByName;

  public CreditorClientForm() {
    email.setId("client-email");
    frequency.setId("client-frequency");
    frequency.setLabel(getTranslation("form.frequency"));
    frequency.setItems(RemittanceFrequency.values());
    frequency.setItemLabelGenerator(f -> getTranslation("frequency." + f.name()));
    frequency.setValue(RemittanceFrequency.MONTHLY);
    signedOn.setId("client-signed-on");
    name.setRequiredIndicatorVisible(true);
    amicableFee.setRequiredIndicatorVisible(true);
    judicialFee.setRequiredIndicatorVisible(true);
    iban.setRequiredIndicatorVisible(true);
    save.setId("client-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    cancel.setId("client-cancel");
    save.addClickListener(e -> submit());
    cancel.addClickListener(e -> fireEvent(new CloseEvent(this)));

    fieldsByName =
        Map.of(
            "name", name,
            "registrationNumber", siren,
            "address", address,
            "contactEmail", email,
            "amicableFeePercent", amicableFee,
            "judicialFeePercent", judicialFee,
            "remittanceFrequency", frequency,
            "iban", iban,
            "bic", bic,
            "signedOn", signedOn);
    add(name, siren, address, email, amicableFee, judicialFee, frequency, iban, bic, signedOn);
    setColspan(address, 2);
    add(new HorizontalLayout(save, cancel));
  }

  private TextField field(String labelKey, String id) {
    TextField field = new TextField(getTranslation(labelKey));
    field.setId(id);
    return field;
  }

  void submit() {
    clearErrors();
    boolean valid = true;
    if (name.getValue().isBlank()) {
      showError(name, "name.required", null);
      valid = false;
    }
    BigDecimal amicable = fee(amicableFee);
    BigDecimal judicial = fee(judicialFee);
    valid &= amicable != null && judicial != null;
    if (!valid) {
      return;
    }
    fireEvent(
        new SaveEvent(
            this,
            new NewCreditorClient(
                name.getValue(),
                siren.getValue(),
                address.getValue(),
                email.getValue(),
                amicable,
                judicial,
                frequency.getValue(),
                iban.getValue(),
                bic.getValue(),
                signedOn.getValue())));
  }

  /** The fee typed in the field, or null after marking the field invalid. */
  private BigDecimal fee(TextField field) {
    try {
      BigDecimal value = Formats.decimal(field.getValue());
      if (value == null) {
        showError(field, "fee.required", null);
      } else if (value.signum() < 0 || value.compareTo(MAX_FEE) > 0) {
        showError(field, "fee.range", null);
        return null;
      }
      return value;
    } catch (ParseException e) {
      showError(field, "fee.number", null);
      return null;
    }
  }

  /** Shows each violation the service reported on its field; the input stays as typed. */
  public void showViolations(List<FieldViolation> violations) {
    for (FieldViolation violation : violations) {
      HasValidation field = fieldsByName.getOrDefault(violation.field(), name);
      showError(field, violation.code(), violation.message());
    }
  }

  private void showError(HasValidation field, String code, String fallback) {
    String key = "error." + code;
    String text = getTranslation(key);
    field.setErrorMessage(text.startsWith("!") && fallback != null ? fallback : text);
    field.setInvalid(true);
  }

  private void clearErrors() {
    fieldsByName.values().forEach(f -> f.setInvalid(false));
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

  /** The user gave up. */
  public static class CloseEvent extends ComponentEvent<CreditorClientForm> {
    CloseEvent(CreditorClientForm source) {
      super(source, false);
    }
  }
}
