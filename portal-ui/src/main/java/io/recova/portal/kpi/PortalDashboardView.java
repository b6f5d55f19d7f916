package io.recova.portal.kpi;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.recova.agency.kpi.Kpis;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.layout.MainLayout;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The creditor's dashboard: its KPIs over a period, with their definitions, and the charts. The
 * figures come from {@link Kpis}, which scopes them to the caller's own creditor, exactly as the
 * API does. The page is live: when one of this creditor's cases changes, the server pushes a
 * request to refresh, and the browser asks for the figures again as the creditor's user.
 */
@Route(value = "portal/dashboard", layout = MainLayout.class)
@VisibleTo(Audience.CREDITOR)
public class PortalDashboardView extends VerticalLayout implements HasDynamicTitle {

  private final Kpis kpis;
  private final Clock clock;
  private final PortfolioBroadcaster broadcaster;
  private final UUID creditorId;
  final PeriodFilter period;
  final KpiDashboard dashboard = new KpiDashboard();
  final Paragraph updated = new Paragraph();
  private Registration listening;
  private LiveRefresh live;

  @Inject
  public PortalDashboardView(Kpis kpis, Clock clock, PortfolioBroadcaster broadcaster,
      CurrentCaller currentCaller) {
    this.kpis = kpis;
    this.clock = clock;
    this.broadcaster = broadcaster;
    Caller caller = currentCaller.get();
    this.creditorId = caller.creditorId().orElse(null);
    period = new PeriodFilter(LocalDate.now(clock), this::refreshFigures);
    updated.setId("kpi-updated");
    updated.getStyle().set("font-size", "var(--lumo-font-size-s)")
        .set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
    add(new H2(getTranslation("kpi.portal.title")));
    if (creditorId == null) {
      Paragraph unbound = new Paragraph(getTranslation("portal.unbound"));
      unbound.setId("portal-unbound");
      add(unbound);
      return;
    }
    add(period, updated, dashboard);
    refreshFigures();
  }

  /**
   * Reads the figures again. Called by the browser when the server pushed that a case changed, so
   * that they are read in a request of this creditor's user, not in the collector's.
   */
  @ClientCallable
  void refreshFigures() {
    if (creditorId == null || !period.isComplete()) {
      return;
    }
    if (live != null) {
      live.reading();
    }
    LocalDate today = LocalDate.now(clock);
    dashboard.show(DashboardFigures.load(kpis, period.from(), period.to(), today, null, null,
        getLocale()));
    updated.setText(getTranslation("kpi.updated",
        LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    if (creditorId != null) {
      UI ui = event.getUI();
      live = new LiveRefresh(
          () -> ui.access(() -> getElement().executeJs("this.$server.refreshFigures()")));
      // The creditor is the caller's own, from its token: never one the page chose.
      listening = broadcaster.listenTo(creditorId, live);
    }
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (listening != null) {
      listening.remove();
      listening = null;
    }
    super.onDetach(event);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("kpi.portal.title") + " · " + getTranslation("app.title");
  }
}
