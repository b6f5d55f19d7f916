package io.recova.portal.kpi;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import io.recova.agency.kpi.AgedBalanceReport;
import io.recova.agency.kpi.Kpis;
import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.layout.MainLayout;
import io.recova.portal.platform.ErrorMessages;
import io.recova.reports.agedbalance.AgedBalanceDocument;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * The agency's dashboard for its managers: the same KPIs and charts as a creditor's, across the
 * agency or for one creditor or one collector, and the aged balance as a PDF. Live like the
 * portal's: any creditor's change asks the browser to refresh.
 */
@Route(value = "console/dashboard", layout = MainLayout.class)
@VisibleTo(Audience.AGENCY_MANAGEMENT)
public class AgencyDashboardView extends VerticalLayout implements HasDynamicTitle {

  private final Kpis kpis;
  private final Clock clock;
  private final PortfolioBroadcaster broadcaster;
  final PeriodFilter period;
  final ComboBox<CreditorClientView> creditor = new ComboBox<>();
  final ComboBox<String> collector = new ComboBox<>();
  final KpiDashboard dashboard = new KpiDashboard();
  final Paragraph updated = new Paragraph();
  private Registration listening;
  private LiveRefresh live;

  @Inject
  public AgencyDashboardView(Kpis kpis, CreditorClientService creditors,
      AgedBalanceDocument document, AgencyIdentity agency, Clock clock,
      PortfolioBroadcaster broadcaster) {
    this.kpis = kpis;
    this.clock = clock;
    this.broadcaster = broadcaster;
    period = new PeriodFilter(LocalDate.now(clock), this::refreshFigures);
    creditor.setId("kpi-creditor");
    creditor.setLabel(getTranslation("kpi.creditor"));
    creditor.setPlaceholder(getTranslation("kpi.creditor.all"));
    creditor.setItems(creditors.list());
    creditor.setItemLabelGenerator(CreditorClientView::name);
    creditor.setClearButtonVisible(true);
    creditor.addValueChangeListener(e -> refreshFigures());
    collector.setId("kpi-collector");
    collector.setLabel(getTranslation("kpi.collector"));
    collector.setPlaceholder(getTranslation("kpi.collector.all"));
    collector.setItems(kpis.collectors());
    collector.setClearButtonVisible(true);
    collector.addValueChangeListener(e -> refreshFigures());

    Anchor pdf = new Anchor(agedBalancePdf(document, agency), AttachmentType.DOWNLOAD,
        getTranslation("kpi.agedPdf"));
    pdf.setId("aged-balance-pdf");
    pdf.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());

    HorizontalLayout filters = new HorizontalLayout(period, creditor, collector, pdf);
    filters.setAlignItems(Alignment.BASELINE);
    filters.setWrap(true);
    updated.setId("kpi-updated");
    updated.getStyle().set("font-size", "var(--lumo-font-size-s)")
        .set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
    add(new H2(getTranslation("kpi.agency.title")), filters, updated, dashboard);
    refreshFigures();
  }

  /** Reads the figures again, in a request of this manager (see PortalDashboardView). */
  @ClientCallable
  void refreshFigures() {
    if (!period.isComplete()) {
      return;
    }
    if (live != null) {
      live.reading();
    }
    dashboard.show(DashboardFigures.load(kpis, period.from(), period.to(), LocalDate.now(clock),
        creditorId(), collector.getValue(), getLocale()));
    updated.setText(getTranslation("kpi.updated",
        LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
  }

  private UUID creditorId() {
    return creditor.getValue() == null ? null : creditor.getValue().id();
  }

  /** The aged balance of the chosen scope on the period's last day (today at the latest). */
  private DownloadHandler agedBalancePdf(AgedBalanceDocument document, AgencyIdentity agency) {
    return DownloadHandler.fromInputStream(event -> {
      try {
        Locale locale = getLocale();
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = period.to() == null || period.to().isAfter(today) ? today : period.to();
        AgedBalanceReport report = kpis.agedBalance(asOf, creditorId(), collector.getValue(),
            locale);
        String name = creditor.getValue() == null ? null : creditor.getValue().name();
        byte[] content = document.render(report, name, agency, locale, today);
        return new DownloadResponse(new ByteArrayInputStream(content),
            "aged-balance-" + asOf + ".pdf", "application/pdf", content.length);
      } catch (RuntimeException e) {
        return DownloadResponse.error(ErrorMessages.of(e).status());
      }
    });
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    UI ui = event.getUI();
    live = new LiveRefresh(
        () -> ui.access(() -> getElement().executeJs("this.$server.refreshFigures()")));
    listening = broadcaster.listenToAll(live);
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
    return getTranslation("kpi.agency.title") + " · " + getTranslation("app.title");
  }
}
