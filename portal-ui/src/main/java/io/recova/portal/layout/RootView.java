package io.recova.portal.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.recova.agency.security.CurrentCaller;
import io.recova.portal.console.ClientsView;
import io.recova.portal.portal.PortalView;
import jakarta.inject.Inject;

/** The entry page: a creditor's user goes to its portal, agency staff to the console. */
@Route("")
public class RootView extends Div implements BeforeEnterObserver {

  private final CurrentCaller caller;

  @Inject
  public RootView(CurrentCaller caller) {
    this.caller = caller;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.forwardTo(caller.get().isCreditorScoped() ? PortalView.class : ClientsView.class);
  }
}
