package io.recova.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.recova.agency.mandate.NewCreditorClient;
import io.recova.agency.mandate.RemittanceFrequency;
import io.recova.agency.platform.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreditorClientFormTest {

  private CreditorClientForm form;
  private final List<NewCreditorClient> saved = new ArrayList<>();

  @BeforeEach
  void setUp() {
    UI ui = new UI();
    ui.setLocale(Locale.FRENCH);
    UI.setCurrent(ui);
    form = new CreditorClientForm();
    form.addSaveListener(e -> saved.add(e.command()));
  }

  @AfterEach
  void tearDown() {
    UI.setCurrent(null);
  }

  private void fillValidForm() {
    form.name.setValue("Boulangerie L'Épi d'Or");
    form.siren.setValue("552 100 554");
    form.amicableFee.setValue("12,5");
    form.judicialFee.setValue("18");
    form.iban.setValue("FR76 3000 6000 0112 3456 7890 189");
  }

  @Test
  void savingAFilledFormCarriesExactlyWhatWasTyped() {
    fillValidForm();

    form.save.click();

    assertThat(saved).hasSize(1);
    NewCreditorClient command = saved.get(0);
    assertThat(command.name()).isEqualTo("Boulangerie L'Épi d'Or");
    assertThat(command.amicableFeePercent()).isEqualByComparingTo("12.5");
    assertThat(command.judicialFeePercent()).isEqualByComparingTo("18");
    assertThat(command.remittanceFrequency()).isEqualTo(RemittanceFrequency.MONTHLY);
    assertThat(command.iban()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
  }

  @Test
  void aFeeOf120PercentIsRefusedAtOnceAndNothingIsSaved() {
    fillValidForm();
    form.amicableFee.setValue("120");

    form.save.click();

    assertThat(saved).isEmpty();
    assertThat(form.amicableFee.isInvalid()).isTrue();
  }

  @Test
  void anEmptyNameIsRefusedAtOnce() {
    fillValidForm();
    form.name.setValue("   ");

    form.save.click();

    assertThat(saved).isEmpty();
    assertThat(form.name.isInvalid()).isTrue();
  }

  @Test
  void theServicesVerdictIsShownOnTheRightFieldAndTheInputIsKept() {
    fillValidForm();

    form.showViolations(
        List.of(new FieldViolation("iban", "iban.checksum", "IBAN check digits do not match")));

    assertThat(form.iban.isInvalid()).isTrue();
    // No translation service runs in a unit test, so the service's own message is shown.
    assertThat(form.iban.getErrorMessage()).isEqualTo("IBAN check digits do not match");
    assertThat(form.iban.getValue()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
    assertThat(form.name.isInvalid()).isFalse();
  }
}
