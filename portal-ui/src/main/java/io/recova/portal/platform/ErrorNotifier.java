package io.recova.portal.platform;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The session's error handler: whatever fails after a click, the user reads a sentence in their
 * language in a notification, never a stack trace, and the screen stays as it was (a form keeps its
 * input). The log keeps the details of unexpected errors.
 */
public class ErrorNotifier implements ErrorHandler {

  private static final Logger LOG = Logger.getLogger(ErrorNotifier.class.getName());

  @Override
  public void error(ErrorEvent event) {
    Throwable error = event.getThrowable();
    ErrorMessages message = ErrorMessages.of(error);
    if (message == ErrorMessages.UNEXPECTED) {
      LOG.log(Level.SEVERE, "Unexpected error in the UI", error);
    } else {
      LOG.fine(() -> "Refused in the UI: " + error);
    }
    UI ui = UI.getCurrent();
    if (ui == null || ui.getSession() == null) {
      // Not in a UI (a download, a closed tab): nobody to tell.
      return;
    }
    if (ui.getSession().hasLock()) {
      show(ui, message);
    } else {
      ui.access(() -> show(ui, message));
    }
  }

  private static void show(UI ui, ErrorMessages message) {
    Notification notification =
        new Notification(ui.getTranslation(message.key()), 6000, Notification.Position.MIDDLE);
    notification.setId("error-notification");
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    notification.open();
  }
}
