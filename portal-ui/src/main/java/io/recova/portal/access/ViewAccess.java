package io.recova.portal.access;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.HasErrorParameter;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Checks every navigation of every UI against the target's {@link VisibleTo}. A refused user is
 * sent to the home page of their role (the portal or the console) with a short explanation, rather
 * than to a dead end.
 */
@ApplicationScoped
public class ViewAccess implements BeforeEnterListener {

  private static final Logger LOG = Logger.getLogger(ViewAccess.class.getName());

  @Inject CurrentCaller currentCaller;

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Class<?> target = event.getNavigationTarget();
    if (HasErrorParameter.class.isAssignableFrom(target)) {
      return;
    }
    Caller caller = currentCaller.get();
    if (admits(target, caller)) {
      return;
    }
    LOG.info(() -> caller + " may not open " + target.getSimpleName());
    Notification notice =
        Notification.show(
            event.getUI().getTranslation("access.redirected"),
            5000,
            Notification.Position.TOP_CENTER);
    notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    // The root route sends each caller to the home page of their role.
    event.forwardTo("");
  }

  /** True when the view's {@link VisibleTo} audience admits the caller. */
  public static boolean admits(Class<?> view, Caller caller) {
    VisibleTo visibleTo = view.getAnnotation(VisibleTo.class);
    return visibleTo != null && visibleTo.value().admits(caller);
  }
}
