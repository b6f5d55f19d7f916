package io.recova.portal.remittance;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.recova.agency.invoice.FeeInvoiceView;
import io.recova.agency.invoice.FeeInvoices;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.remittance.RemittanceLineView;
import io.recova.agency.remittance.RemittanceRunView;
import io.recova.agency.remittance.Remittances;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.i18n.Formats;
import io.recova.portal.layout.MainLayout;
import io.recova.portal.platform.ErrorMessages;
import io.recova.reports.remittance.RemittanceStatementReport;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The creditor's remittances, newest period first: what each approved run paid it, with its
 * statement and the fee invoice issued with it to download. The backend scopes the lists
 * (approved runs paying this creditor, its own line only; its own invoices) and each document
 * again when its link is followed.
 */
@Route(value = "portal/remittances", layout = MainLayout.class)
@VisibleTo(Audience.CREDITOR)
public class PortalRemittancesView extends VerticalLayout implements BeforeEnterObserver,
    HasDynamicTitle {

  /** One run as the creditor sees it: the run, its own line and its invoice, or null. */
  record Row(RemittanceRunView run, RemittanceLineView line, FeeInvoiceView invoice) {}

  private final Remittances remittances;
  private final RemittanceStatementReport report;
  private final FeeInvoices invoices;
  private final AgencyIdentity agency;
  private final Clock clock;
  final Grid<Row> grid = new Grid<>();
  final Paragraph empty = new Paragraph();

  @Inject
  public PortalRemittancesView(Remittances remittances, RemittanceStatementReport report,
      FeeInvoices invoices, AgencyIdentity agency, Clock clock) {
    this.remittances = remittances;
    this.report = report;
    this.invoices = invoices;
    this.agency = agency;
    this.clock = clock;
    setSizeFull();
    grid.setId("remittances");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(r -> Formats.date(r.run().periodEnd(), getLocale()))
        .setHeader(getTranslation("remittances.periodEnd")).setAutoWidth(true);
    grid.addColumn(r -> r.run().approvedAt() == null ? ""
            : Formats.date(r.run().approvedAt(), clock.getZone(), getLocale()))
        .setHeader(getTranslation("remittances.approvedOn")).setAutoWidth(true);
    grid.addColumn(r -> r.line().paymentCount())
        .setHeader(getTranslation("remittances.payments")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addColumn(r -> Formats.money(r.line().collected(), getLocale()))
        .setHeader(getTranslation("remittances.collected")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addColumn(r -> Formats.money(r.line().feesKept(), getLocale()))
        .setHeader(getTranslation("remittances.fees")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    // Costs re-billed at cost, and funds of payments the bank returned after their remittance.
    grid.addColumn(r -> Formats.money(r.line().costsNetted(), getLocale()))
        .setHeader(getTranslation("remittances.costs")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addColumn(r -> Formats.money(r.line().reclaimedNetted(), getLocale()))
        .setHeader(getTranslation("remittances.reclaimed")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    // What was paid and the documents stay in view when the other figures need a horizontal
    // scroll (narrow windows).
    grid.addColumn(r -> Formats.money(r.line().amount(), getLocale()))
        .setHeader(getTranslation("remittances.amount")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true).setFrozenToEnd(true);
    grid.addComponentColumn(this::statement).setAutoWidth(true).setFlexGrow(0)
        .setFrozenToEnd(true);
    grid.addComponentColumn(this::invoice).setAutoWidth(true).setFlexGrow(0)
        .setFrozenToEnd(true);
    grid.setSizeFull();
    empty.setId("remittances-empty");
    empty.setText(getTranslation("remittances.empty"));
    add(new H2(getTranslation("remittances.title")),
        new Paragraph(getTranslation("remittances.intro")), empty, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Map<UUID, FeeInvoiceView> invoiceOfRun = invoices.list(null, null, null).stream()
        .collect(Collectors.toMap(FeeInvoiceView::runId, Function.identity(), (a, b) -> a));
    List<Row> rows = remittances.list().stream()
        .flatMap(run -> run.lines().stream()
            .map(line -> new Row(run, line, invoiceOfRun.get(run.id()))))
        .toList();
    grid.setItems(rows);
    empty.setVisible(rows.isEmpty());
    grid.setVisible(!rows.isEmpty());
  }

  private Anchor statement(Row row) {
    UUID runId = row.run().id();
    UUID creditorId = row.line().creditorId();
    Locale locale = getLocale();
    DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
      try {
        byte[] content = report.render(remittances.statement(runId, creditorId), agency, locale,
            LocalDate.now(clock), clock.getZone());
        return new DownloadResponse(new ByteArrayInputStream(content),
            "statement-" + row.run().periodEnd() + ".pdf", "application/pdf", content.length);
      } catch (RuntimeException e) {
        return DownloadResponse.error(ErrorMessages.of(e).status());
      }
    });
    Anchor link = new Anchor(pdf, AttachmentType.DOWNLOAD,
        getTranslation("remittances.statement"));
    link.setId("statement-" + runId);
    return link;
  }

  /** The fee invoice issued with the run, in the reader's language; nothing when none was. */
  private Anchor invoice(Row row) {
    if (row.invoice() == null) {
      return new Anchor();
    }
    UUID id = row.invoice().id();
    Locale locale = getLocale();
    DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
      try {
        FeeInvoices.Pdf file = invoices.pdf(id, locale);
        return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
            "application/pdf", file.content().length);
      } catch (RuntimeException e) {
        return DownloadResponse.error(ErrorMessages.of(e).status());
      }
    });
    Anchor link = new Anchor(pdf, AttachmentType.DOWNLOAD,
        getTranslation("invoices.kind." + row.invoice().kind().name()) + " "
            + row.invoice().number());
    link.setId("remittance-invoice-" + row.run().id());
    return link;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("remittances.title") + " · " + getTranslation("app.title");
  }
}
