package io.recova.portal.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.portal.console.ClientsView;
import io.recova.portal.i18n.Translations;
import io.recova.portal.portal.PortalView;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The frame of every page: the creditor portal's entries for a client user, the agency console's
 * for staff, the user's name, the language switch and the logout.
 */
public class MainLayout extends AppLayout {

  private final Caller caller;

  @Inject
  public MainLayout(CurrentCaller currentCaller) {
    this.caller = currentCaller.get();
    H1 title = new H1(getTranslation("app.title"));
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 var(--lumo-space-m)");

    Span user = new Span(caller.username());
    user.setId("current-user");
    Button french = new Button(getTranslation("header.language.fr"), e -> switchTo(Translations.FRENCH));
    french.setId("lang-fr");
    Button english = new Button(getTranslation("header.language.en"), e -> switchTo(Translations.ENGLISH));
    english.setId("lang-en");
    Button logout =
        new Button(
            getTranslation("header.logout"),
            e -> UI.getCurrent().getPage().setLocation("logout"));
    logout.setId("logout");
    for (Button b : new Button[] {french, english, logout}) {
      b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    }
    HorizontalLayout right = new HorizontalLayout(user, french, english, logout);
    right.setAlignItems(FlexComponent.Alignment.CENTER);
    right.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
    addToNavbar(title, right);

    SideNav nav = new SideNav();
    if (caller.isCreditorScoped()) {
      nav.addItem(new SideNavItem(getTranslation("nav.portal"), PortalView.class));
    } else if (caller.isAgencyStaff()) {
      nav.addItem(new SideNavItem(getTranslation("nav.clients"), ClientsView.class));
    }
    addToDrawer(nav);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    Locale chosen = VaadinSession.getCurrent().getLocale();
    event.getUI().setLocale(Translations.supported(chosen));
  }

  private void switchTo(Locale locale) {
    VaadinSession.getCurrent().setLocale(locale);
    UI.getCurrent().getPage().reload();
  }
}
