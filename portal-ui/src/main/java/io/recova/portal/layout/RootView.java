package io.recova.portal.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.portal.access.Audience;
import io.recova.portal.access.ViewAccess;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.console.ClientsView;
import io.recova.portal.portal.PortalView;
import jakarta.inject.Inject;
import java.util.List;

/** The entry page: a creditor's user goes to its portal, agency staff to the console. */
@Route("")
@VisibleTo(Audience.ANY_USER)
public class RootView extends Div implements BeforeEnterObserver {

  /** Home pages, in order of precedence: a creditor's user who also has a staff role is scoped. */
  private static final List<Class<? extends Component>> HOMES =
      List.of(PortalView.class, ClientsView.class);

  private final CurrentCaller caller;

  @Inject
  public RootView(CurrentCaller caller) {
    this.caller = caller;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.forwardTo(homeFor(caller.get()));
  }

  /** The first home page the caller may open; the access-denied page for a user with no role. */
  public static Class<? extends Component> homeFor(Caller caller) {
    return HOMES.stream()
        .filter(home -> ViewAccess.admits(home, caller))
        .findFirst()
        .orElse(AccessDeniedView.class);
  }
}
