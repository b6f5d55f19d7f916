package io.recova.portal.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.security.Caller;
import io.recova.agency.security.Role;
import io.recova.portal.FakeCreditorClients;
import io.recova.portal.UiTestContext;
import io.recova.portal.document.MandateDownload;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientsViewTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneId.of("Europe/Paris"));

  private UiTestContext context;
  private final FakeCreditorClients service = new FakeCreditorClients();
  private final MandateDownload download =
      new MandateDownload() {
        @Override
        public Anchor link(CreditorClientView client, String text, Locale locale) {
          return new Anchor("#pdf-" + client.id(), text);
        }
      };

  @BeforeEach
  void setUp() {
    context = UiTestContext.open(Locale.FRENCH);
    service.clients.add(FakeCreditorClients.martin());
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private ClientsView viewFor(Role role) {
    Caller caller = new Caller("someone", Set.of(role), null);
    return new ClientsView(service, download, CLOCK, () -> caller);
  }

  private CreditorClientForm openForm(ClientsView view) {
    view.newClient.click();
    return openDialog(view)
        .getChildren()
        .filter(CreditorClientForm.class::isInstance)
        .map(CreditorClientForm.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static Dialog openDialog(ClientsView view) {
    return view.getChildren()
        .filter(Dialog.class::isInstance)
        .map(Dialog.class::cast)
        .filter(Dialog::isOpened)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no open dialog"));
  }

  private static void fill(CreditorClientForm form) {
    form.name.setValue("Boulangerie L'Épi d'Or");
    form.amicableFee.setValue("12,5");
    form.judicialFee.setValue("18");
    form.iban.setValue("FR76 3000 6000 0112 3456 7890 188");
  }

  @Test
  void onlyManagersAndAdministratorsSeeTheNewClientButton() {
    assertThat(viewFor(Role.MANAGER).newClient.isVisible()).isTrue();
    assertThat(viewFor(Role.ADMIN).newClient.isVisible()).isTrue();
    assertThat(viewFor(Role.COLLECTOR).newClient.isVisible()).isFalse();
  }

  @Test
  void theGridShowsTheClientsWithTheirTermsFormattedForTheUser() {
    ClientsView view = viewFor(Role.COLLECTOR);

    CreditorClientView martin = view.grid.getLazyDataView().getItems().findFirst().orElseThrow();

    assertThat(martin.name()).isEqualTo("Martin Matériaux SAS");
    assertThat(view.grid.getColumnByKey("feeAmicable").getHeaderText())
        .isEqualTo("Honoraires amiable");
    assertThat(view.grid.getId()).hasValue("clients-grid");
  }

  @Test
  void aRegistrationTheServiceRefusesKeepsTheDialogOpenWithTheVerdictOnTheFields() {
    service.onRegister =
        command -> {
          throw new InvalidInputException(
              List.of(new FieldViolation("iban", "iban.checksum", "IBAN check digits differ")));
        };
    ClientsView view = viewFor(Role.MANAGER);
    CreditorClientForm form = openForm(view);
    fill(form);

    form.save.click();

    assertThat(openDialog(view).isOpened()).isTrue();
    assertThat(form.iban.isInvalid()).isTrue();
    assertThat(form.iban.getErrorMessage()).contains("clé de contrôle");
    assertThat(form.iban.getValue()).isEqualTo("FR76 3000 6000 0112 3456 7890 188");
    assertThat(service.registered).isEmpty();
  }

  @Test
  void aRefusalOfTheRoleKeepsTheDialogOpen() {
    service.onRegister =
        command -> {
          throw new ForbiddenException("managers only");
        };
    ClientsView view = viewFor(Role.ADMIN);
    CreditorClientForm form = openForm(view);
    fill(form);

    form.save.click();

    assertThat(openDialog(view).isOpened()).isTrue();
    assertThat(service.registered).isEmpty();
  }

  @Test
  void aSuccessfulRegistrationClosesTheDialogAndTheGridShowsTheNewClient() {
    ClientsView view = viewFor(Role.MANAGER);
    CreditorClientForm form = openForm(view);
    fill(form);
    form.iban.setValue("FR76 3000 6000 0112 3456 7890 189");

    form.save.click();

    assertThat(service.registered).hasSize(1);
    assertThat(view.getChildren()).noneMatch(Dialog.class::isInstance);
    assertThat(view.grid.getLazyDataView().getItems().map(CreditorClientView::name))
        .contains("Boulangerie L'Épi d'Or");
  }

  @Test
  void onlyAManagerIsOfferedToAmendTheFees() {
    assertThat(viewFor(Role.MANAGER).grid.getColumnByKey("fees")).isNotNull();
    assertThat(viewFor(Role.COLLECTOR).grid.getColumnByKey("fees")).isNull();
    assertThat(viewFor(Role.ADMIN).grid.getColumnByKey("fees")).isNull();
  }

  private static FeeScheduleForm feeForm(ClientsView view) {
    view.openFees(FakeCreditorClients.martin());
    return openDialog(view)
        .getChildren()
        .filter(FeeScheduleForm.class::isInstance)
        .map(FeeScheduleForm.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAmendmentOfTheFeesGoesToTheServiceAndClosesTheDialog() {
    ClientsView view = viewFor(Role.MANAGER);
    FeeScheduleForm form = feeForm(view);
    form.amicableFee.setValue("11");

    form.save.click();

    assertThat(service.feeChanges).singleElement()
        .satisfies(c -> assertThat(c.amicableFeePercent()).isEqualByComparingTo("11"));
    assertThat(view.getChildren()).noneMatch(Dialog.class::isInstance);
  }

  @Test
  void anAmendmentTheServiceRefusesKeepsTheDialogOpenWithTheVerdict() {
    service.onChangeFees =
        command -> {
          throw new InvalidInputException(
              List.of(new FieldViolation("amicableFeePercent", "fee.range", "0 to 50")));
        };
    ClientsView view = viewFor(Role.MANAGER);
    FeeScheduleForm form = feeForm(view);
    form.amicableFee.setValue("60");

    form.save.click();

    assertThat(openDialog(view).isOpened()).isTrue();
    assertThat(form.amicableFee.isInvalid()).isTrue();
    assertThat(service.feeChanges).isEmpty();
  }

  @Test
  void cancellingClosesTheDialogAndRegistersNothing() {
    ClientsView view = viewFor(Role.MANAGER);
    CreditorClientForm form = openForm(view);
    fill(form);

    form.cancel.click();

    assertThat(view.getChildren()).noneMatch(Dialog.class::isInstance);
    assertThat(service.registered).isEmpty();
  }
}
