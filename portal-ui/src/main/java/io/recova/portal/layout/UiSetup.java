package io.recova.portal.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.NotFoundException;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Application-wide UI set-up: one error handler, so a user reads a sentence in their language
 * instead of a stack trace, and the log keeps the details.
 */
public class UiSetup {

  private static final Logger LOG = Logger.getLogger(UiSetup.class.getName());

  void onServiceInit(@Observes ServiceInitEvent event) {
    event.getSource()
        .addSessionInitListener(
            session ->
                session
                    .getSession()
                    .setErrorHandler(
                        error -> {
                          Throwable cause = rootCause(error.getThrowable());
                          String key;
                          if (cause instanceof ForbiddenException) {
                            key = "error.forbidden";
                          } else if (cause instanceof NotFoundException) {
                            key = "error.notFound";
                          } else {
                            key = "error.unexpected";
                            LOG.log(Level.SEVERE, "Unexpected UI error", error.getThrowable());
                          }
                          UI ui = UI.getCurrent();
                          if (ui != null) {
                            Notification n =
                                Notification.show(ui.getTranslation(key), 6000,
                                    Notification.Position.MIDDLE);
                            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                          }
                        }));
  }

  private static Throwable rootCause(Throwable t) {
    Throwable current = t;
    while (current.getCause() != null && current.getCause() != current
        && !(current instanceof ForbiddenException || current instanceof NotFoundException)) {
      current = current.getCause();
    }
    return current;
  }
}
