package io.recova.portal.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.portal.access.ViewAccess;
import io.recova.portal.cases.CasesView;
import io.recova.portal.certificate.CertificatesView;
import io.recova.portal.invoice.PortalInvoicesView;
import io.recova.portal.console.ClientsView;
import io.recova.portal.dispute.DisputesView;
import io.recova.portal.i18n.UiLanguage;
import io.recova.portal.kpi.AgencyDashboardView;
import io.recova.portal.kpi.PortalDashboardView;
import io.recova.portal.portal.PortalView;
import io.recova.portal.remittance.PortalRemittancesView;
import io.recova.portal.remittance.RemittanceRunsView;
import io.recova.portal.report.ReportsView;
import io.recova.portal.settlement.ApprovalsView;
import io.recova.portal.settlement.PortalApprovalsView;
import io.recova.portal.work.WorkQueueView;
import io.recova.portal.writeoff.WriteOffApprovalsView;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The frame of every page: the application's name, the entries of the caller's area (the portal for
 * a creditor's user, the console for agency staff), the user's name, the language switch and the
 * logout.
 */
public class MainLayout extends AppLayout {

  /** One drawer entry; shown to the callers its view's audience admits. */
  record NavEntry(String labelKey, Class<? extends Component> view, VaadinIcon icon) {}

  static final List<NavEntry> ENTRIES =
      List.of(
          new NavEntry("nav.portal", PortalView.class, VaadinIcon.FILE_TEXT_O),
          new NavEntry("nav.dashboard", PortalDashboardView.class, VaadinIcon.DASHBOARD),
          // The same approvals, in the portal for a creditor and in the console for a manager.
          new NavEntry("nav.approvals", PortalApprovalsView.class, VaadinIcon.CHECK_SQUARE_O),
          new NavEntry("nav.remittances", PortalRemittancesView.class, VaadinIcon.MONEY),
          new NavEntry("nav.invoices", PortalInvoicesView.class, VaadinIcon.INVOICE),
          new NavEntry("nav.certificates", CertificatesView.class, VaadinIcon.DIPLOMA),
          new NavEntry("nav.queue", WorkQueueView.class, VaadinIcon.TASKS),
          new NavEntry("nav.agencyDashboard", AgencyDashboardView.class, VaadinIcon.DASHBOARD),
          new NavEntry("nav.approvals", ApprovalsView.class, VaadinIcon.CHECK_SQUARE_O),
          new NavEntry("nav.writeOffs", WriteOffApprovalsView.class, VaadinIcon.CLOSE_CIRCLE_O),
          new NavEntry("nav.remittanceRuns", RemittanceRunsView.class, VaadinIcon.MONEY_EXCHANGE),
          new NavEntry("nav.reports", ReportsView.class, VaadinIcon.CHART),
          new NavEntry("nav.cases", CasesView.class, VaadinIcon.FOLDER_OPEN_O),
          new NavEntry("nav.disputes", DisputesView.class, VaadinIcon.SCALE_UNBALANCE),
          new NavEntry("nav.clients", ClientsView.class, VaadinIcon.USERS));

  @Inject
  public MainLayout(CurrentCaller currentCaller) {
    Caller caller = currentCaller.get();

    H1 title = new H1(getTranslation("app.title"));
    title
        .getStyle()
        .set("font-size", "var(--lumo-font-size-l)")
        .set("margin", "0 var(--lumo-space-m) 0 0");

    Span user = new Span(caller.username());
    user.setId("current-user");
    user.getStyle().set("color", "var(--lumo-secondary-text-color)");

    HorizontalLayout tools =
        new HorizontalLayout(
            user,
            languageButton("lang-fr", "header.language.fr", UiLanguage.FRENCH),
            languageButton("lang-en", "header.language.en", UiLanguage.ENGLISH),
            logoutButton());
    tools.setAlignItems(FlexComponent.Alignment.CENTER);
    tools.setSpacing(false);
    tools.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");

    addToNavbar(new DrawerToggle(), title, tools);
    addToDrawer(navigationFor(caller));
  }

  /** The drawer's entries for the caller. */
  static List<NavEntry> entriesFor(Caller caller) {
    return ENTRIES.stream().filter(entry -> ViewAccess.admits(entry.view(), caller)).toList();
  }

  private SideNav navigationFor(Caller caller) {
    SideNav nav = new SideNav();
    nav.setId("main-nav");
    for (NavEntry entry : entriesFor(caller)) {
      nav.addItem(
          new SideNavItem(getTranslation(entry.labelKey()), entry.view(), entry.icon().create()));
    }
    return nav;
  }

  private Button languageButton(String id, String labelKey, Locale language) {
    Button button = new Button(getTranslation(labelKey), e -> UiLanguage.switchTo(language));
    button.setId(id);
    boolean current = UiLanguage.supported(getLocale()) == language;
    button.addThemeVariants(
        ButtonVariant.LUMO_SMALL,
        current ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_TERTIARY);
    button.getElement().setAttribute("aria-pressed", String.valueOf(current));
    button.getElement().setAttribute("lang", language.getLanguage());
    return button;
  }

  private Button logoutButton() {
    Button logout =
        new Button(
            getTranslation("header.logout"),
            VaadinIcon.SIGN_OUT.create(),
            // The servlet at /logout ends this session and the Keycloak session.
            e -> UI.getCurrent().getPage().setLocation("logout"));
    logout.setId("logout");
    logout.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return logout;
  }
}
