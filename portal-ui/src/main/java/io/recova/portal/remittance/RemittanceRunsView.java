package io.recova.portal.remittance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.recova.agency.invoice.FeeInvoiceView;
import io.recova.agency.invoice.FeeInvoices;
import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.RecovaException;
import io.recova.agency.remittance.NewRemittanceRun;
import io.recova.agency.remittance.RemittanceBankFile;
import io.recova.agency.remittance.RemittanceLineView;
import io.recova.agency.remittance.RemittanceRun;
import io.recova.agency.remittance.RemittanceRunView;
import io.recova.agency.remittance.Remittances;
import io.recova.agency.security.CurrentCaller;
import io.recova.agency.security.Role;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.i18n.DatePickerTexts;
import io.recova.portal.i18n.Formats;
import io.recova.portal.i18n.Translations;
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
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The manager's remittance console: prepare the run of a period end (every creditor whose
 * frequency makes it due, or one creditor off-cycle), check each creditor's line (what is held
 * back and why, the fees netted, the payments past the legal delay), approve it, then download the
 * bank file and each creditor's statement. The backend decides who may do what: an administrator
 * reads the runs, only a manager prepares and approves them.
 */
@Route(value = "console/remittances", layout = MainLayout.class)
@VisibleTo(Audience.AGENCY_MANAGEMENT)
public class RemittanceRunsView extends VerticalLayout implements BeforeEnterObserver,
    HasDynamicTitle {

  private final Remittances remittances;
  private final RemittanceBankFile bankFile;
  private final RemittanceStatementReport statements;
  private final FeeInvoices invoices;
  private final AgencyIdentity agency;
  private final Clock clock;
  private final boolean manager;
  final DatePicker periodEnd = new DatePicker();
  final ComboBox<CreditorClientView> creditor = new ComboBox<>();
  final Button prepare = new Button();
  final Grid<RemittanceRunView> runs = new Grid<>();
  final Paragraph empty = new Paragraph();
  final VerticalLayout detail = new VerticalLayout();
  final H3 detailTitle = new H3();
  final Span detailFigures = new Span();
  final Grid<RemittanceLineView> lines = new Grid<>();
  final Button approve = new Button();
  final HorizontalLayout downloads = new HorizontalLayout();
  private Map<UUID, String> creditorNames = Map.of();
  /** The invoices and credit notes issued with the run shown, by creditor. */
  private Map<UUID, List<FeeInvoiceView>> invoicesOfRun = Map.of();

  @Inject
  public RemittanceRunsView(Remittances remittances, RemittanceBankFile bankFile,
      RemittanceStatementReport statements, FeeInvoices invoices, AgencyIdentity agency,
      CreditorClientService creditors, CurrentCaller currentCaller, Clock clock) {
    this.remittances = remittances;
    this.invoices = invoices;
    this.bankFile = bankFile;
    this.statements = statements;
    this.agency = agency;
    this.clock = clock;
    this.manager = currentCaller.get().has(Role.MANAGER);
    setSizeFull();
    List<CreditorClientView> known = creditors.list();
    creditorNames = known.stream()
        .collect(Collectors.toMap(CreditorClientView::id, CreditorClientView::name, (a, b) -> a));
    add(new H2(getTranslation("remittanceRuns.title")),
        new Paragraph(getTranslation("remittanceRuns.intro")));
    if (manager) {
      add(prepareForm(known));
    }
    runsGrid();
    detailPanel();
    add(empty, runs, detail);
  }

  private HorizontalLayout prepareForm(List<CreditorClientView> known) {
    LocalDate today = LocalDate.now(clock);
    periodEnd.setId("remittance-period-end");
    periodEnd.setLabel(getTranslation("remittanceRuns.periodEnd"));
    periodEnd.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    periodEnd.setLocale(getLocale());
    periodEnd.setMax(today);
    // The usual run: the month just ended.
    periodEnd.setValue(today.withDayOfMonth(1).minusDays(1));
    creditor.setId("remittance-creditor");
    creditor.setLabel(getTranslation("remittanceRuns.creditor"));
    creditor.setPlaceholder(getTranslation("remittanceRuns.allDue"));
    creditor.setItems(known);
    creditor.setItemLabelGenerator(CreditorClientView::name);
    creditor.setClearButtonVisible(true);
    creditor.setWidth("20em");
    prepare.setId("prepare-remittance");
    prepare.setText(getTranslation("remittanceRuns.prepare"));
    prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    prepare.addClickListener(e -> prepare());
    HorizontalLayout form = new HorizontalLayout(periodEnd, creditor, prepare);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    return form;
  }

  private void runsGrid() {
    runs.setId("remittance-runs");
    runs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    runs.addColumn(r -> Formats.date(r.periodEnd(), getLocale()))
        .setHeader(getTranslation("remittanceRuns.periodEnd")).setAutoWidth(true);
    runs.addColumn(this::scopeOf).setHeader(getTranslation("remittanceRuns.scope"))
        .setAutoWidth(true).setFlexGrow(1);
    runs.addColumn(r -> getTranslation("remittanceRuns.status." + r.status().name()))
        .setHeader(getTranslation("remittanceRuns.status")).setAutoWidth(true);
    runs.addColumn(r -> r.lines().size()).setHeader(getTranslation("remittanceRuns.creditors"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    runs.addColumn(r -> Formats.money(total(r.lines(), RemittanceLineView::amount), getLocale()))
        .setHeader(getTranslation("remittanceRuns.toPay")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    runs.addColumn(r -> r.lines().stream().mapToInt(RemittanceLineView::latePayments).sum())
        .setHeader(getTranslation("remittanceRuns.late")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    runs.addColumn(r -> Formats.date(r.preparedAt(), clock.getZone(), getLocale()))
        .setHeader(getTranslation("remittanceRuns.preparedBy")).setAutoWidth(true)
        .setTooltipGenerator(RemittanceRunView::preparedBy);
    runs.addColumn(r -> r.approvedAt() == null ? ""
            : Formats.date(r.approvedAt(), clock.getZone(), getLocale()))
        .setHeader(getTranslation("remittanceRuns.approvedBy")).setAutoWidth(true)
        .setTooltipGenerator(r -> r.approvedBy() == null ? "" : r.approvedBy());
    runs.setAllRowsVisible(true);
    runs.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    empty.setId("remittance-runs-empty");
    empty.setText(getTranslation("remittanceRuns.empty"));
  }

  private void detailPanel() {
    detail.setId("remittance-run");
    detail.setPadding(false);
    detailFigures.setId("remittance-run-figures");
    lines.setId("remittance-lines");
    lines.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    lines.addComponentColumn(this::creditorCell)
        .setHeader(getTranslation("remittanceRuns.line.creditor")).setAutoWidth(true);
    lines.addComponentColumn(this::statementLink).setAutoWidth(true).setFlexGrow(0);
    lines.addComponentColumn(this::invoiceLinks)
        .setHeader(getTranslation("remittanceRuns.line.invoices")).setAutoWidth(true)
        .setFlexGrow(0);
    moneyColumn(RemittanceLineView::payable, "remittanceRuns.line.payable");
    moneyColumn(RemittanceLineView::uncleared, "remittanceRuns.line.uncleared");
    moneyColumn(RemittanceLineView::heldForDebtors, "remittanceRuns.line.held");
    moneyColumn(RemittanceLineView::feesNetted, "remittanceRuns.line.feesNetted");
    moneyColumn(RemittanceLineView::costsNetted, "remittanceRuns.line.costsNetted");
    // Funds remitted from payments the bank returned since: recovered here, or still owed.
    moneyColumn(RemittanceLineView::reclaimedNetted, "remittanceRuns.line.reclaimedNetted");
    moneyColumn(RemittanceLineView::reclaimOutstanding, "remittanceRuns.line.reclaimOutstanding");
    moneyColumn(RemittanceLineView::amount, "remittanceRuns.line.amount");
    lines.addColumn(RemittanceLineView::latePayments)
        .setHeader(getTranslation("remittanceRuns.late")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    lines.setAllRowsVisible(true);
    approve.setId("approve-remittance");
    approve.setText(getTranslation("remittanceRuns.approve"));
    approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
    approve.addClickListener(e -> approveSelected());
    downloads.setId("remittance-downloads");
    detail.add(detailTitle, detailFigures, lines, new HorizontalLayout(approve, downloads));
    detail.setVisible(false);
  }

  private void moneyColumn(Function<RemittanceLineView, Money> amount, String header) {
    lines.addColumn(l -> Formats.money(amount.apply(l), getLocale()))
        .setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    refresh(null);
  }

  /** Lists the runs again, keeping the one shown (by id) selected. */
  void refresh(UUID selected) {
    List<RemittanceRunView> all = remittances.list();
    runs.setItems(all);
    empty.setVisible(all.isEmpty());
    runs.setVisible(!all.isEmpty());
    Optional<RemittanceRunView> again = all.stream()
        .filter(r -> r.id().equals(selected)).findFirst();
    if (again.isPresent()) {
      runs.select(again.get());
    } else {
      show(null);
    }
  }

  void prepare() {
    try {
      Remittances.Prepared prepared = remittances.prepare(new NewRemittanceRun(
          periodEnd.getValue(), creditor.getValue() == null ? null : creditor.getValue().id()));
      RemittanceRunView run = prepared.run();
      String said = run.status() == RemittanceRun.Status.APPROVED
          ? getTranslation("remittanceRuns.alreadyApproved", date(run.periodEnd()))
          : run.lines().isEmpty()
              ? getTranslation("remittanceRuns.preparedEmpty", date(run.periodEnd()))
              : getTranslation("remittanceRuns.prepared", date(run.periodEnd()),
                  run.lines().size());
      notify(said, NotificationVariant.LUMO_SUCCESS);
      refresh(run.id());
    } catch (RecovaException refused) {
      refusal(refused);
    }
  }

  void approveSelected() {
    RemittanceRunView run = runs.asSingleSelect().getValue();
    if (run == null) {
      return;
    }
    try {
      RemittanceRunView approved = remittances.approve(run.id());
      notify(getTranslation("remittanceRuns.approved", date(approved.periodEnd()),
          Formats.money(total(approved.lines(), RemittanceLineView::amount), getLocale())),
          NotificationVariant.LUMO_SUCCESS);
      refresh(approved.id());
    } catch (RecovaException refused) {
      refusal(refused);
      refresh(run.id());
    }
  }

  private void show(RemittanceRunView run) {
    detail.setVisible(run != null);
    downloads.removeAll();
    if (run == null) {
      return;
    }
    detailTitle.setText(getTranslation("remittanceRuns.detail", date(run.periodEnd()),
        getTranslation("remittanceRuns.status." + run.status().name())));
    detailFigures.setText(getTranslation("remittanceRuns.figures",
        Formats.money(total(run.lines(), RemittanceLineView::collected), getLocale()),
        Formats.money(total(run.lines(), RemittanceLineView::feesKept), getLocale()),
        Formats.money(total(run.lines(), RemittanceLineView::amount), getLocale()))
        // What clients still owe for returned payments, in the summary: its column is far right.
        + (total(run.lines(), RemittanceLineView::reclaimOutstanding).isZero() ? ""
            : " " + getTranslation("remittanceRuns.figures.reclaimOutstanding", Formats.money(
                total(run.lines(), RemittanceLineView::reclaimOutstanding), getLocale()))));
    // Invoices exist once the run is approved: issued in the approval's transaction.
    invoicesOfRun = run.status() == RemittanceRun.Status.DRAFT ? Map.of()
        : invoices.list(null, null, run.id()).stream()
            .collect(Collectors.groupingBy(FeeInvoiceView::creditorId));
    lines.setItems(run.lines());
    // The invoice links appear on approval: widths measured on the draft would cut them.
    lines.recalculateColumnWidths();
    boolean draft = run.status() == RemittanceRun.Status.DRAFT;
    approve.setVisible(manager && draft && !run.lines().isEmpty());
    if (manager && !draft && run.lines().stream().anyMatch(l -> !l.amount().isZero())) {
      downloads.add(sepaLink(run));
    }
  }

  private Anchor sepaLink(RemittanceRunView run) {
    UUID runId = run.id();
    DownloadHandler xml = DownloadHandler.fromInputStream(event -> {
      try {
        byte[] content = bankFile.of(runId);
        return new DownloadResponse(new ByteArrayInputStream(content),
            "sepa-" + run.periodEnd() + "-" + runId.toString().substring(0, 8) + ".xml",
            "application/xml", content.length);
      } catch (RuntimeException e) {
        return DownloadResponse.error(ErrorMessages.of(e).status());
      }
    });
    Anchor link = new Anchor(xml, AttachmentType.DOWNLOAD,
        getTranslation("remittanceRuns.sepa"));
    link.setId("sepa-" + runId);
    return link;
  }

  private Anchor statementLink(RemittanceLineView line) {
    RemittanceRunView run = runs.asSingleSelect().getValue();
    UUID runId = run.id();
    UUID creditorId = line.creditorId();
    Locale locale = getLocale();
    DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
      try {
        byte[] content = statements.render(remittances.statement(runId, creditorId), agency,
            locale, LocalDate.now(clock), clock.getZone());
        return new DownloadResponse(new ByteArrayInputStream(content),
            "statement-" + run.periodEnd() + "-" + creditorId.toString().substring(0, 8)
                + ".pdf", "application/pdf", content.length);
      } catch (RuntimeException e) {
        return DownloadResponse.error(ErrorMessages.of(e).status());
      }
    });
    Anchor link = new Anchor(pdf, AttachmentType.DOWNLOAD,
        getTranslation("remittanceRuns.statement"));
    link.setId("statement-" + runId + "-" + creditorId);
    return link;
  }

  /** The fee invoice (and any credit note) issued to the line's creditor with the run. */
  private Div invoiceLinks(RemittanceLineView line) {
    Div links = new Div();
    Locale locale = getLocale();
    for (FeeInvoiceView invoice : invoicesOfRun.getOrDefault(line.creditorId(), List.of())) {
      UUID id = invoice.id();
      DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
        try {
          FeeInvoices.Pdf file = invoices.pdf(id, locale);
          return new DownloadResponse(new ByteArrayInputStream(file.content()),
              file.fileName(), "application/pdf", file.content().length);
        } catch (RuntimeException e) {
          return DownloadResponse.error(ErrorMessages.of(e).status());
        }
      });
      Anchor link = new Anchor(pdf, AttachmentType.DOWNLOAD,
          getTranslation("invoices.kind." + invoice.kind().name()) + " " + invoice.number());
      link.setId("invoice-" + invoice.id());
      links.add(new Div(link));
    }
    return links;
  }

  /** The creditor's name over the account it is paid to, masked. */
  private Div creditorCell(RemittanceLineView line) {
    Span iban = new Span(maskedIban(line.iban()));
    iban.getStyle().set("font-size", "var(--lumo-font-size-s)")
        .set("color", "var(--lumo-secondary-text-color)");
    return new Div(new Div(line.creditorName()), iban);
  }

  private String scopeOf(RemittanceRunView run) {
    return run.creditorId() == null ? getTranslation("remittanceRuns.allDue")
        : creditorNames.getOrDefault(run.creditorId(), run.creditorId().toString());
  }

  private String date(LocalDate day) {
    return Formats.date(day, getLocale());
  }

  private static Money total(List<RemittanceLineView> lines,
      Function<RemittanceLineView, Money> amount) {
    return lines.stream().map(amount).reduce(Money::plus).orElse(Money.of("0.00", "EUR"));
  }

  /** The IBAN's country and last four characters: enough to check, not to copy. */
  static String maskedIban(String iban) {
    if (iban == null || iban.length() < 8) {
      return iban == null ? "" : iban;
    }
    return iban.substring(0, 4) + " … " + iban.substring(iban.length() - 4);
  }

  private void refusal(RecovaException refused) {
    if (refused instanceof InvalidInputException invalid) {
      notify(invalid.violations().stream().map(v -> {
        String text = getTranslation("invalid." + v.code());
        return Translations.isMissing(text) ? v.message() : text;
      }).collect(Collectors.joining(" ")), NotificationVariant.LUMO_ERROR);
      return;
    }
    String translated = getTranslation("refusal." + refused.code());
    notify(Translations.isMissing(translated) ? refused.getMessage() : translated,
        NotificationVariant.LUMO_ERROR);
  }

  private static void notify(String text, NotificationVariant variant) {
    Notification n = new Notification(text, 6000, Notification.Position.BOTTOM_START);
    n.addThemeVariants(variant);
    n.setId("remittance-notification");
    n.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("remittanceRuns.title") + " · " + getTranslation("app.title");
  }
}
