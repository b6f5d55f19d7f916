package io.recova.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.recova.agency.mandate.NewCreditorClient;
import io.recova.agency.mandate.RemittanceFrequency;
import io.recova.agency.platform.FieldViolation;
import io.recova.portal.UiTestContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CreditorClientFormTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

  private UiTestContext context;
  private CreditorClientForm form;
  private final List<NewCreditorClient> saved = new ArrayList<>();
  private int closed;

  private void openForm(Locale locale) {
    context = UiTestContext.open(locale);
    form = new CreditorClientForm(TODAY);
    form.addSaveListener(e -> saved.add(e.command()));
    form.addCloseListener(e -> closed++);
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private void fillValidForm() {
    form.name.setValue("Boulangerie L'Épi d'Or");
    form.siren.setValue("552 100 554");
    form.address.setValue("3 place Bellecour, 69002 Lyon");
    form.email.setValue("compta@epidor.example");
    form.amicableFee.setValue("12,5");
    form.judicialFee.setValue("18");
    form.frequency.setValue(RemittanceFrequency.QUARTERLY);
    form.iban.setValue("FR76 3000 6000 0112 3456 7890 189");
    form.bic.setValue("AGRIFRPP");
    form.signedOn.setValue(LocalDate.of(2026, 2, 27));
  }

  @Test
  void savingAFilledFormCarriesWhatWasTypedWithFeesReadTheFrenchWay() {
    openForm(Locale.FRENCH);
    fillValidForm();

    form.save.click();

    assertThat(saved)
        .singleElement()
        .satisfies(
            command -> {
              assertThat(command.name()).isEqualTo("Boulangerie L'Épi d'Or");
              assertThat(command.registrationNumber()).isEqualTo("552 100 554");
              assertThat(command.address()).isEqualTo("3 place Bellecour, 69002 Lyon");
              assertThat(command.contactEmail()).isEqualTo("compta@epidor.example");
              assertThat(command.amicableFeePercent()).isEqualTo("12.5");
              assertThat(command.judicialFeePercent()).isEqualTo("18");
              assertThat(command.remittanceFrequency()).isEqualTo(RemittanceFrequency.QUARTERLY);
              assertThat(command.iban()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
              assertThat(command.bic()).isEqualTo("AGRIFRPP");
              assertThat(command.signedOn()).isEqualTo(LocalDate.of(2026, 2, 27));
            });
  }

  @Test
  void anEnglishUserMayTypeAFeeWithADecimalPoint() {
    openForm(Locale.ENGLISH);
    fillValidForm();
    form.amicableFee.setValue("12.5");

    form.save.click();

    assertThat(saved)
        .singleElement()
        .satisfies(c -> assertThat(c.amicableFeePercent()).isEqualTo("12.5"));
  }

  @Test
  void optionalFieldsLeftBlankAreSentAsAbsentAndTheSignatureDateDefaultsToToday() {
    openForm(Locale.FRENCH);
    form.name.setValue("Clinique du Parc");
    form.amicableFee.setValue("10");
    form.judicialFee.setValue("15");
    form.iban.setValue("FR7630006000011234567890189");

    form.save.click();

    assertThat(saved)
        .singleElement()
        .satisfies(
            command -> {
              assertThat(command.registrationNumber()).isNull();
              assertThat(command.address()).isNull();
              assertThat(command.contactEmail()).isNull();
              assertThat(command.bic()).isNull();
              assertThat(command.remittanceFrequency()).isEqualTo(RemittanceFrequency.MONTHLY);
              assertThat(command.signedOn()).isEqualTo(TODAY);
            });
  }

  @Test
  void aFeeOf120PercentIsRefusedAtOnceAndNothingIsSaved() {
    openForm(Locale.FRENCH);
    fillValidForm();
    form.amicableFee.setValue("120");

    form.save.click();

    assertThat(saved).isEmpty();
    assertThat(form.amicableFee.isInvalid()).isTrue();
    assertThat(form.amicableFee.getErrorMessage())
        .isEqualTo("Le taux d’honoraires doit être compris entre 0 et 50 %.");
    assertThat(form.judicialFee.isInvalid()).isFalse();
  }

  @Test
  void aFeeThatIsNoNumberIsRefusedWithAnExample() {
    openForm(Locale.FRENCH);
    fillValidForm();
    form.judicialFee.setValue("douze");

    form.save.click();

    assertThat(saved).isEmpty();
    assertThat(form.judicialFee.isInvalid()).isTrue();
    assertThat(form.judicialFee.getErrorMessage()).contains("12,5");
  }

  @Test
  void aMissingNameIsRefusedAtOnce() {
    openForm(Locale.FRENCH);
    fillValidForm();
    form.name.setValue("   ");

    form.save.click();

    assertThat(saved).isEmpty();
    assertThat(form.name.isInvalid()).isTrue();
    assertThat(form.name.getErrorMessage()).isEqualTo("La raison sociale est obligatoire.");
  }

  @Test
  void anIbanThatDoesNotLookLikeOneIsRefusedAtOnce() {
    openForm(Locale.ENGLISH);
    fillValidForm();
    form.iban.setValue("30006 00001 12345678901");

    form.save.click();

    assertThat(saved).isEmpty();
    assertThat(form.iban.isInvalid()).isTrue();
    assertThat(form.iban.getErrorMessage())
        .isEqualTo("The IBAN is malformed (length or characters).");
  }

  @Test
  void anIbanWithAWrongCheckDigitIsLeftToTheService() {
    openForm(Locale.FRENCH);
    fillValidForm();
    form.iban.setValue("FR76 3000 6000 0112 3456 7890 188");

    form.save.click();

    assertThat(saved).hasSize(1);
  }

  @Test
  void theServicesVerdictIsShownTranslatedOnTheRightFieldsAndTheInputIsKept() {
    openForm(Locale.FRENCH);
    fillValidForm();

    form.showViolations(
        List.of(
            new FieldViolation("iban", "iban.checksum", "IBAN check digits do not match"),
            new FieldViolation("registrationNumber", "siren.duplicate", "SIREN already used")));

    assertThat(form.iban.isInvalid()).isTrue();
    assertThat(form.iban.getErrorMessage())
        .isEqualTo("La clé de contrôle de l’IBAN ne correspond pas : vérifiez la saisie.");
    assertThat(form.siren.isInvalid()).isTrue();
    assertThat(form.siren.getErrorMessage())
        .isEqualTo("Un créancier avec ce SIREN est déjà enregistré.");
    assertThat(form.name.isInvalid()).isFalse();
    assertThat(form.iban.getValue()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
    assertThat(form.amicableFee.getValue()).isEqualTo("12,5");
    assertThat(form.formError.isVisible()).isFalse();
  }

  @Test
  void aViolationWithAnUnknownCodeShowsTheServicesOwnMessage() {
    openForm(Locale.FRENCH);

    form.showViolations(
        List.of(new FieldViolation("bic", "bic.bankClosed", "This bank is closed")));

    assertThat(form.bic.isInvalid()).isTrue();
    assertThat(form.bic.getErrorMessage()).isEqualTo("This bank is closed");
  }

  @Test
  void aViolationOfNoFieldIsShownUnderTheForm() {
    openForm(Locale.ENGLISH);

    form.showViolations(List.of(new FieldViolation("body", "body.required", "Body required")));

    assertThat(form.formError.isVisible()).isTrue();
    assertThat(form.formError.getText()).isEqualTo("The form is empty.");
  }

  @Test
  void aCorrectedFieldLosesTheServicesErrorWhenSavedAgain() {
    openForm(Locale.FRENCH);
    fillValidForm();
    form.showViolations(List.of(new FieldViolation("iban", "iban.checksum", "bad")));

    form.iban.setValue("FR76 3000 6000 0112 3456 7890 189");
    form.save.click();

    assertThat(form.iban.isInvalid()).isFalse();
    assertThat(saved).hasSize(1);
  }

  @Test
  void cancellingReportsACloseAndSavesNothing() {
    openForm(Locale.FRENCH);
    fillValidForm();

    form.cancel.click();

    assertThat(closed).isEqualTo(1);
    assertThat(saved).isEmpty();
  }

  @Test
  void fieldsCarryTheIdsBrowserTestsLookFor() {
    openForm(Locale.FRENCH);

    assertThat(form.name.getId()).hasValue("client-name");
    assertThat(form.siren.getId()).hasValue("client-siren");
    assertThat(form.address.getId()).hasValue("client-address");
    assertThat(form.email.getId()).hasValue("client-email");
    assertThat(form.amicableFee.getId()).hasValue("client-fee-amicable");
    assertThat(form.judicialFee.getId()).hasValue("client-fee-judicial");
    assertThat(form.frequency.getId()).hasValue("client-frequency");
    assertThat(form.iban.getId()).hasValue("client-iban");
    assertThat(form.bic.getId()).hasValue("client-bic");
    assertThat(form.signedOn.getId()).hasValue("client-signed-on");
    assertThat(form.save.getId()).hasValue("client-save");
    assertThat(form.cancel.getId()).hasValue("client-cancel");
  }

  @Test
  void labelsAndFrequenciesAreInTheUsersLanguage() {
    openForm(Locale.ENGLISH);

    assertThat(form.name.getLabel()).isEqualTo("Company name");
    assertThat(form.frequency.getItemLabelGenerator().apply(RemittanceFrequency.WEEKLY))
        .isEqualTo("Weekly");
  }
}
