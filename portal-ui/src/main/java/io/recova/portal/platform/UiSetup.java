package io.recova.portal.platform;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import io.recova.portal.access.ViewAccess;
import io.recova.portal.i18n.UiLanguage;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Wires the application-wide behaviour when Vaadin starts (vaadin-cdi fires {@link
 * ServiceInitEvent} as a CDI event): each session gets the error handler, each new UI (a tab, a
 * reload) its language and the access check of every navigation.
 */
public class UiSetup {

  @Inject ViewAccess viewAccess;

  void onServiceInit(@Observes ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(init -> init.getSession().setErrorHandler(new ErrorNotifier()));
    event
        .getSource()
        .addUIInitListener(
            init -> {
              UI ui = init.getUI();
              ui.setLocale(UiLanguage.forNewUi(ui.getSession(), VaadinRequest.getCurrent()));
              ui.addBeforeEnterListener(viewAccess);
            });
  }
}
