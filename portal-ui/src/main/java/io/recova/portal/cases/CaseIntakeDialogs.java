package io.recova.portal.cases;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.recova.agency.casefile.CaseIntake;
import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.CurrentCaller;
import jakarta.inject.Inject;
import java.util.List;

/** The dialogs that bring cases in: one typed by hand, or a whole file. */
public class CaseIntakeDialogs {

  @Inject CaseIntake intake;
  @Inject CreditorClientService creditors;
  @Inject CurrentCaller currentCaller;
  @Inject CaseImportPanel.Factory importPanels;

  /** Opens the form for one case; {@code done} runs after a case was opened. */
  public void openNewCase(Runnable done) {
    boolean staff = !currentCaller.get().isCreditorScoped();
    NewCaseForm form = new NewCaseForm(staff ? creditors.list() : List.of(), staff);
    Dialog dialog = dialog("new-case-dialog", form.getTranslation("newCase.title"));
    Button save = new Button(form.getTranslation("form.save"), e -> {
      try {
        CaseIntake.Outcome outcome = intake.submit(form.value());
        dialog.close();
        done.run();
        notify(form.getTranslation(outcome.created() ? "newCase.saved" : "newCase.known",
            outcome.caseFile().externalReference()), NotificationVariant.LUMO_SUCCESS);
      } catch (InvalidInputException invalid) {
        form.showViolations(invalid.violations());
        notify(form.getTranslation("form.invalid"), NotificationVariant.LUMO_ERROR);
      } catch (ConflictException | NotFoundException refused) {
        form.showViolations(List.of(new FieldViolation(
            "externalReference", refused.code(), refused.getMessage())));
      }
    });
    save.setId("new-case-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(form.getTranslation("form.cancel"), e -> dialog.close());
    dialog.add(form);
    dialog.getFooter().add(cancel, save);
    dialog.open();
  }

  /** Opens the file import; {@code done} runs after cases were imported. */
  public void openImport(Runnable done) {
    CaseImportPanel panel = importPanels.create(done);
    Dialog dialog = dialog("import-dialog", panel.getTranslation("import.title"));
    Button close = new Button(panel.getTranslation("import.close"), e -> dialog.close());
    close.setId("import-close");
    dialog.add(panel);
    dialog.getFooter().add(close);
    dialog.open();
  }

  private static Dialog dialog(String id, String title) {
    Dialog dialog = new Dialog();
    dialog.setId(id);
    dialog.setHeaderTitle(title);
    dialog.setWidth("min(60em, 95vw)");
    dialog.setCloseOnOutsideClick(false);
    UI.getCurrent().add(dialog);
    dialog.addOpenedChangeListener(e -> {
      if (!e.isOpened()) {
        dialog.getElement().removeFromParent();
      }
    });
    return dialog;
  }

  private static void notify(String text, NotificationVariant variant) {
    Notification n = new Notification(text, 6000, Notification.Position.BOTTOM_START);
    n.addThemeVariants(variant);
    n.open();
  }
}
