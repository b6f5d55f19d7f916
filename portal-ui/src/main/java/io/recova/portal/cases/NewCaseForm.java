package io.recova.portal.cases;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.recova.agency.casefile.DebtorKind;
import io.recova.agency.casefile.NewCase;
import io.recova.agency.casefile.NewClaim;
import io.recova.agency.casefile.NewDebtor;
import io.recova.agency.casefile.PostalAddress;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.valuation.ClaimNature;
import io.recova.portal.i18n.DatePickerTexts;
import io.recova.portal.i18n.Translations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One dossier typed in by hand: the debtor and one or more invoices. The intake service checks
 * everything; its verdict is put back on the fields by {@link #showViolations}.
 */
public class NewCaseForm extends VerticalLayout {

  final ComboBox<CreditorClientView> creditor = new ComboBox<>();
  final TextField reference = new TextField();
  final RadioButtonGroup<DebtorKind> kind = new RadioButtonGroup<>();
  final TextField name = new TextField();
  final TextField registration = new TextField();
  final TextField line1 = new TextField();
  final TextField postalCode = new TextField();
  final TextField city = new TextField();
  final TextField country = new TextField();
  final TextField email = new TextField();
  final TextField phone = new TextField();
  final DatePicker formalNotice = new DatePicker();
  final List<ClaimFields> claims = new ArrayList<>();
  final Div formError = new Div();
  private final VerticalLayout claimRows = new VerticalLayout();
  private final boolean chooseCreditor;

  /** The fields of one invoice. */
  final class ClaimFields extends FormLayout {
    final TextField invoiceNumber = new TextField(getTranslation("newCase.invoiceNumber"));
    final DatePicker invoiceDate = new DatePicker(getTranslation("newCase.invoiceDate"));
    final DatePicker dueDate = new DatePicker(getTranslation("newCase.dueDate"));
    final BigDecimalField principal = new BigDecimalField(getTranslation("newCase.principal"));
    final Select<ClaimNature> nature = new Select<>();
    /** Optional: the certificate assumes the standard rate when it is left empty. */
    final BigDecimalField vatPercent = new BigDecimalField(getTranslation("newCase.vatPercent"));

    ClaimFields(int index) {
      invoiceNumber.setId("claim-" + index + "-number");
      invoiceDate.setId("claim-" + index + "-invoice-date");
      dueDate.setId("claim-" + index + "-due-date");
      principal.setId("claim-" + index + "-principal");
      nature.setId("claim-" + index + "-nature");
      vatPercent.setId("claim-" + index + "-vat");
      vatPercent.setHelperText(getTranslation("newCase.vatPercentHelp"));
      nature.setLabel(getTranslation("newCase.nature"));
      nature.setItems(ClaimNature.values());
      nature.setItemLabelGenerator(n -> getTranslation("nature." + n.name()));
      nature.setValue(ClaimNature.B2B);
      invoiceDate.setI18n(DatePickerTexts.of(getLocale(), NewCaseForm.this::getTranslation));
      dueDate.setI18n(DatePickerTexts.of(getLocale(), NewCaseForm.this::getTranslation));
      add(invoiceNumber, invoiceDate, dueDate, principal, nature, vatPercent);
      setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 6));
    }

    NewClaim value() {
      return new NewClaim(invoiceNumber.getValue(), invoiceDate.getValue(), dueDate.getValue(),
          principal.getValue(), "EUR", nature.getValue(), null, vatPercent.getValue());
    }
  }

  public NewCaseForm(List<CreditorClientView> creditors, boolean chooseCreditor) {
    this.chooseCreditor = chooseCreditor;
    setPadding(false);
    FormLayout dossier = new FormLayout();
    if (chooseCreditor) {
      creditor.setId("new-case-creditor");
      creditor.setLabel(getTranslation("newCase.creditor"));
      creditor.setItems(creditors);
      creditor.setItemLabelGenerator(CreditorClientView::name);
      dossier.add(creditor);
    }
    reference.setId("new-case-reference");
    reference.setLabel(getTranslation("newCase.reference"));
    reference.setHelperText(getTranslation("newCase.reference.help"));
    kind.setId("new-case-kind");
    kind.setLabel(getTranslation("newCase.kind"));
    kind.setItems(DebtorKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("debtorKind." + k.name()));
    kind.setValue(DebtorKind.COMPANY);
    name.setId("new-case-name");
    name.setLabel(getTranslation("newCase.name"));
    registration.setId("new-case-registration");
    registration.setLabel(getTranslation("newCase.registration"));
    line1.setId("new-case-line1");
    line1.setLabel(getTranslation("newCase.address"));
    postalCode.setId("new-case-postcode");
    postalCode.setLabel(getTranslation("newCase.postcode"));
    city.setId("new-case-city");
    city.setLabel(getTranslation("newCase.city"));
    country.setId("new-case-country");
    country.setLabel(getTranslation("newCase.country"));
    country.setValue("FR");
    email.setId("new-case-email");
    email.setLabel(getTranslation("newCase.email"));
    phone.setId("new-case-phone");
    phone.setLabel(getTranslation("newCase.phone"));
    formalNotice.setId("new-case-notice");
    formalNotice.setLabel(getTranslation("newCase.formalNotice"));
    formalNotice.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    dossier.add(reference, kind, name, registration, line1, postalCode, city, country, email,
        phone, formalNotice);
    dossier.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
        new FormLayout.ResponsiveStep("30em", 2));
    claimRows.setPadding(false);
    Button addClaim = new Button(getTranslation("newCase.addInvoice"), VaadinIcon.PLUS.create(),
        e -> addClaim());
    addClaim.setId("new-case-add-claim");
    addClaim.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    formError.setId("new-case-error");
    formError.getStyle().set("color", "var(--lumo-error-text-color)");
    formError.setVisible(false);
    add(dossier, new H4(getTranslation("newCase.invoices")), claimRows, addClaim, formError);
    addClaim();
  }

  private void addClaim() {
    ClaimFields row = new ClaimFields(claims.size());
    claims.add(row);
    claimRows.add(row);
  }

  public NewCase value() {
    PostalAddress address = new PostalAddress(line1.getValue(), null, postalCode.getValue(),
        city.getValue(), country.getValue());
    NewDebtor debtor = new NewDebtor(kind.getValue(), name.getValue(), registration.getValue(),
        address, email.getValue(), phone.getValue());
    return new NewCase(chooseCreditor && creditor.getValue() != null ? creditor.getValue().id()
        : null, reference.getValue(), debtor, claims.stream().map(ClaimFields::value).toList(),
        formalNotice.getValue());
  }

  /** Puts the service's verdict on the fields; what belongs to no field goes under the form. */
  public void showViolations(List<FieldViolation> violations) {
    Map<String, HasValidation> fields = new HashMap<>();
    fields.put("externalReference", reference);
    fields.put("creditorId", creditor);
    fields.put("debtor.name", name);
    fields.put("debtor.registrationNumber", registration);
    fields.put("debtor.address.line1", line1);
    fields.put("debtor.address.postalCode", postalCode);
    fields.put("debtor.address.city", city);
    fields.put("debtor.address.countryCode", country);
    fields.put("debtor.email", email);
    fields.put("debtor.phone", phone);
    fields.put("formalNoticeDate", formalNotice);
    for (int i = 0; i < claims.size(); i++) {
      ClaimFields c = claims.get(i);
      String p = "claims[" + i + "].";
      fields.put(p + "invoiceNumber", c.invoiceNumber);
      fields.put(p + "invoiceDate", c.invoiceDate);
      fields.put(p + "dueDate", c.dueDate);
      fields.put(p + "principal", c.principal);
      fields.put(p + "nature", c.nature);
    }
    fields.values().forEach(f -> f.setInvalid(false));
    List<String> general = new ArrayList<>();
    for (FieldViolation v : violations) {
      String translated = getTranslation("error." + v.code());
      String text = Translations.isMissing(translated) ? v.message() : translated;
      HasValidation field = fields.get(v.field());
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
}
