package io.recova.portal.cases;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.recova.agency.activity.ActivityKind;
import io.recova.agency.activity.ActivityLog;
import io.recova.agency.activity.ActivityOutcome;
import io.recova.agency.activity.NewActivity;
import io.recova.agency.casefile.CaseChanges;
import io.recova.agency.casefile.CaseDetail;
import io.recova.agency.casefile.CaseEventKind;
import io.recova.agency.casefile.CasePortfolio;
import io.recova.agency.casefile.ClaimView;
import io.recova.agency.casefile.DocumentKind;
import io.recova.agency.casefile.DocumentView;
import io.recova.agency.casefile.LegalEventCommand;
import io.recova.agency.casefile.NewDocument;
import io.recova.agency.casefile.PostalAddress;
import io.recova.agency.casefile.Stage;
import io.recova.agency.casefile.StoredDocument;
import io.recova.agency.casefile.TimelineEntry;
import io.recova.agency.casefile.TransitionCommand;
import io.recova.agency.cost.AdvancedCosts;
import io.recova.agency.dispute.Disputes;
import io.recova.agency.letter.LetterChannel;
import io.recova.agency.letter.LetterDispatch;
import io.recova.agency.letter.LetterKind;
import io.recova.agency.money.Money;
import io.recova.agency.platform.RecovaException;
import io.recova.agency.security.CurrentCaller;
import io.recova.agency.settlement.NewSettlement;
import io.recova.agency.settlement.SettlementView;
import io.recova.agency.judicial.JudicialTrack;
import io.recova.agency.payment.Payments;
import io.recova.agency.plan.PaymentPlans;
import io.recova.agency.promise.PromiseBook;
import io.recova.agency.settlement.Settlements;
import io.recova.agency.valuation.CaseBalance;
import io.recova.agency.valuation.ClaimBalance;
import io.recova.agency.valuation.InterestPeriod;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.i18n.DatePickerTexts;
import io.recova.portal.i18n.Formats;
import io.recova.portal.layout.MainLayout;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One dossier: its claims, its balance at a date with every interest period, the debtor, the
 * evidence and the timeline; agency staff also move it and record legal events. Everything is
 * read through the backend's scope: another creditor's id shows "not found".
 */
@Route(value = "case", layout = MainLayout.class)
@VisibleTo(Audience.PORTFOLIO)
public class CaseView extends VerticalLayout
    implements com.vaadin.flow.router.HasUrlParameter<String>, HasDynamicTitle {

  private final CasePortfolio portfolio;
  private final CaseChanges changes;
  private final ActivityLog activities;
  private final LetterDispatch letters;
  private final Disputes disputes;
  private final PromiseBook promises;
  private final JudicialTrack judicial;
  private final Payments payments;
  private final PaymentPlans plans;
  private final Settlements settlements;
  private final Clock clock;
  private final boolean staff;
  private UUID id;
  private CaseDetail detail;
  private LetterKind preparedLetter;
  private LetterChannel preparedChannel;
  private final java.util.Map<String, H3> headings = new java.util.HashMap<>();
  private String actingSection;
  final DatePicker asOf = new DatePicker();
  final Div balanceBox = new Div();
  final Paragraph message = new Paragraph();
  @Inject io.recova.agency.writeoff.WriteOffs writeOffs;
  @Inject AdvancedCosts costs;

  @Inject
  public CaseView(CasePortfolio portfolio, CaseChanges changes, ActivityLog activities,
      LetterDispatch letters, Disputes disputes, PromiseBook promises, PaymentPlans plans,
      Settlements settlements, JudicialTrack judicial, Payments payments, Clock clock,
      CurrentCaller currentCaller) {
    this.portfolio = portfolio;
    this.changes = changes;
    this.activities = activities;
    this.letters = letters;
    this.disputes = disputes;
    this.promises = promises;
    this.judicial = judicial;
    this.payments = payments;
    this.plans = plans;
    this.settlements = settlements;
    this.clock = clock;
    this.staff = !currentCaller.get().isCreditorScoped();
    setMaxWidth("80em");
  }

  @Override
  public void setParameter(BeforeEvent event, String parameter) {
    try {
      id = UUID.fromString(parameter);
    } catch (IllegalArgumentException e) {
      throw new io.recova.agency.platform.NotFoundException("Case", parameter);
    }
    var query = event.getLocation().getQueryParameters().getParameters();
    preparedLetter = enumOf(LetterKind.class, query.get("letter"));
    preparedChannel = enumOf(LetterChannel.class, query.get("channel"));
    render();
  }

  private void render() {
    removeAll();
    headings.clear();
    detail = portfolio.get(id);
    var s = detail.summary();
    H2 title = new H2(s.externalReference() + " · " + s.debtorName());
    title.setId("case-title");
    Span stage = new Span(getTranslation("stage." + s.stage().name()));
    stage.setId("case-stage");
    stage.getElement().getThemeList().add("badge");
    HorizontalLayout header = new HorizontalLayout(title, stage);
    header.setAlignItems(FlexComponent.Alignment.BASELINE);

    DescriptionList facts = compact(new DescriptionList());
    facts.setId("case-facts");
    entry(facts, "case.limitation", Formats.date(s.limitationDate(), getLocale()));
    entry(facts, "case.formalNotice", Formats.date(detail.formalNoticeDate(), getLocale()));
    entry(facts, "case.opened", Formats.date(s.openedAt(), clock.getZone(), getLocale()));
    if (staff) {
      entry(facts, "case.collector", s.assignedCollector());
    }

    add(header, facts);
    add(new H3(getTranslation("case.balance")), balanceSection());
    add(new H3(getTranslation("case.claims")), claimsGrid());
    add(heading("payments", "payment.title"), new CasePaymentsSection(id, payments,
        java.util.Currency.getInstance(detail.balance().currency()), staff,
        !s.stage().isClosed(), LocalDate.now(clock), actIn("payments")));
    add(new H3(getTranslation("case.debtor")), debtor());
    add(new H3(getTranslation("case.documents")), documents());
    message.setId("case-message");
    add(message);
    add(heading("letters", "case.letters"), new CaseLetters(id, letters, portfolio, staff,
        clock.getZone(), preparedLetter, preparedChannel, actIn("letters")));
    add(heading("disputes", "case.disputes"), new CaseDisputes(id, disputes, staff,
        s.stage().isClosed(), clock.getZone(), actIn("disputes")));
    add(heading("promises", "promise.title"), new CasePromises(id, promises, staff,
        !s.stage().isClosed() && !s.stage().isSuspended(), LocalDate.now(clock),
        actIn("promises")));
    add(heading("plans", "plan.title"), new CasePlans(id, plans, staff,
        !s.stage().isClosed() && !s.stage().isSuspended(), detail.balance().due(),
        LocalDate.now(clock), actIn("plans")));
    add(new H3(getTranslation("settlement.title")), settlementsSection());
    add(heading("judicial", "judicial.title"), new CaseJudicial(id, judicial, costs, staff,
        !s.stage().isClosed() && !s.stage().isSuspended(), LocalDate.now(clock),
        actIn("judicial")));
    add(heading("writeOff", "writeOff.title"), new CaseWriteOff(id, writeOffs,
        detail.documents(), staff, !s.stage().isClosed(), actIn("writeOff")));
    add(new H3(getTranslation("case.timeline")), timeline());
    if (staff) {
      add(new H3(getTranslation("case.actions")), actions());
    }
  }

  private VerticalLayout balanceSection() {
    asOf.setId("balance-as-of");
    asOf.setLabel(getTranslation("case.asOf"));
    asOf.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    asOf.setValue(LocalDate.now(clock));
    asOf.addValueChangeListener(e -> {
      if (e.getValue() != null) {
        showBalance(portfolio.balance(id, e.getValue()));
      }
    });
    balanceBox.setId("case-balance");
    showBalance(detail.balance());
    VerticalLayout box = new VerticalLayout(asOf, balanceBox);
    box.setPadding(false);
    return box;
  }

  private void showBalance(CaseBalance b) {
    balanceBox.removeAll();
    DescriptionList totals = compact(new DescriptionList());
    totals.setId("balance-totals");
    entry(totals, "balance.principal", Formats.money(b.principal(), getLocale()));
    entry(totals, "balance.interest", Formats.money(b.interest(), getLocale()));
    entry(totals, "balance.indemnity", Formats.money(b.indemnity(), getLocale()));
    entry(totals, "balance.costs", Formats.money(b.costs(), getLocale()));
    entry(totals, "balance.paid", Formats.money(b.paid(), getLocale()));
    entry(totals, "balance.due", Formats.money(b.due(), getLocale()));
    balanceBox.add(totals);
    if (!b.interestComplete()) {
      Paragraph warning = new Paragraph(getTranslation("balance.rateMissing",
          Formats.date(b.interestThrough(), getLocale())));
      warning.setId("balance-warning");
      warning.getStyle().set("color", "var(--lumo-error-text-color)");
      balanceBox.add(warning);
    }
    for (ClaimBalance c : b.claims()) {
      Grid<InterestPeriod> periods = new Grid<>();
      periods.addThemeVariants(GridVariant.LUMO_COMPACT);
      periods.setAllRowsVisible(true);
      periods.addColumn(p -> Formats.date(p.from(), getLocale()))
          .setHeader(getTranslation("balance.from"));
      periods.addColumn(p -> Formats.date(p.to(), getLocale()))
          .setHeader(getTranslation("balance.to"));
      periods.addColumn(InterestPeriod::days).setHeader(getTranslation("balance.days"))
          .setTextAlign(ColumnTextAlign.END);
      periods.addColumn(p -> Formats.money(p.base(), getLocale()))
          .setHeader(getTranslation("balance.base")).setTextAlign(ColumnTextAlign.END);
      periods.addColumn(p -> Formats.percent(p.annualPercent(), getLocale()))
          .setHeader(getTranslation("balance.rate")).setTextAlign(ColumnTextAlign.END);
      periods.addColumn(p -> Formats.money(p.interest(), getLocale()))
          .setHeader(getTranslation("balance.periodInterest")).setTextAlign(ColumnTextAlign.END);
      periods.setItems(c.periods());
      Paragraph basis = new Paragraph(c.interestBasis());
      basis.getStyle().set("font-size", "var(--lumo-font-size-s)");
      Details claim = new Details(getTranslation("balance.claim", c.invoiceNumber(),
          Formats.money(c.due(), getLocale())), new VerticalLayout(basis, periods));
      balanceBox.add(claim);
    }
  }

  private Grid<ClaimView> claimsGrid() {
    Grid<ClaimView> grid = new Grid<>();
    grid.setId("case-claims");
    grid.setAllRowsVisible(true);
    grid.addColumn(ClaimView::invoiceNumber).setHeader(getTranslation("newCase.invoiceNumber"));
    grid.addColumn(c -> Formats.date(c.invoiceDate(), getLocale()))
        .setHeader(getTranslation("newCase.invoiceDate"));
    grid.addColumn(c -> Formats.date(c.dueDate(), getLocale()))
        .setHeader(getTranslation("newCase.dueDate"));
    grid.addColumn(c -> Formats.money(Money.of(c.principal(), Currency.getInstance(c.currency())),
        getLocale())).setHeader(getTranslation("newCase.principal"))
        .setTextAlign(ColumnTextAlign.END);
    grid.addColumn(c -> getTranslation("nature." + c.nature().name()))
        .setHeader(getTranslation("newCase.nature"));
    grid.setItems(detail.claims());
    return grid;
  }

  private DescriptionList debtor() {
    var d = detail.debtor();
    DescriptionList list = compact(new DescriptionList());
    list.setId("case-debtor");
    entry(list, "newCase.kind", getTranslation("debtorKind." + d.kind().name()));
    entry(list, "newCase.name", d.name());
    entry(list, "newCase.registration", d.registrationNumber());
    entry(list, "newCase.address", d.addresses().stream().map(CaseView::oneLine)
        .collect(Collectors.joining(" / ")));
    entry(list, "newCase.email", String.join(", ", d.emails()));
    entry(list, "newCase.phone", String.join(", ", d.phones()));
    if (!d.optedOut().isEmpty()) {
      entry(list, "case.optedOut", d.optedOut().toString());
    }
    return list;
  }

  private static String oneLine(PostalAddress a) {
    return a.line1() + (a.line2() == null ? "" : ", " + a.line2()) + ", " + a.postalCode() + " "
        + a.city() + " (" + a.countryCode() + ")";
  }

  private VerticalLayout documents() {
    Grid<DocumentView> grid = new Grid<>();
    grid.setId("case-documents");
    grid.setAllRowsVisible(true);
    grid.addColumn(d -> getTranslation("documentKind." + d.kind().name()))
        .setHeader(getTranslation("document.kind"));
    grid.addComponentColumn(this::downloadLink).setHeader(getTranslation("document.file"));
    grid.addColumn(d -> Formats.date(d.uploadedAt(), clock.getZone(), getLocale()))
        .setHeader(getTranslation("document.uploaded"));
    grid.addColumn(DocumentView::sha256).setHeader("SHA-256").setFlexGrow(2);
    grid.setItems(detail.documents());

    Select<DocumentKind> kind = new Select<>();
    kind.setId("document-kind");
    kind.setLabel(getTranslation("document.kind"));
    kind.setItems(DocumentKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("documentKind." + k.name()));
    kind.setValue(DocumentKind.INVOICE);
    UI ui = UI.getCurrent();
    Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
      try {
        changes.addDocument(id, new NewDocument(kind.getValue(), meta.fileName(),
            meta.contentType(), bytes));
        render();
        notify(getTranslation("document.saved", meta.fileName()), NotificationVariant.LUMO_SUCCESS);
      } catch (RecovaException refused) {
        notify(refused.getMessage(), NotificationVariant.LUMO_ERROR);
      }
    })));
    upload.setId("document-upload");
    upload.setI18n(io.recova.portal.i18n.UploadTexts.of(this::getTranslation));
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) io.recova.agency.casefile.EvidenceFormat.MAX_BYTES);
    upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", "image/tiff",
        ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff");
    HorizontalLayout add = new HorizontalLayout(kind, upload);
    add.setAlignItems(FlexComponent.Alignment.END);
    VerticalLayout box = new VerticalLayout(grid, add);
    box.setPadding(false);
    return box;
  }

  private Anchor downloadLink(DocumentView d) {
    UUID documentId = d.id();
    Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
      StoredDocument stored = portfolio.document(id, documentId);
      return new DownloadResponse(new ByteArrayInputStream(stored.content()),
          stored.description().fileName(), stored.description().mediaType(),
          stored.content().length);
    }), d.fileName());
    link.setId("document-" + documentId);
    return link;
  }

  /**
   * The case's settlements with where each stands; agency staff propose one here. Whether it is
   * accepted at once or waits for an approval is the backend's decision, told in the list.
   */
  private VerticalLayout settlementsSection() {
    Grid<SettlementView> grid = new Grid<>();
    grid.setId("case-settlements");
    grid.setAllRowsVisible(true);
    grid.addColumn(st -> getTranslation("settlementStatus." + st.status().name()))
        .setHeader(getTranslation("settlement.status")).setAutoWidth(true);
    grid.addColumn(st -> Formats.money(st.amount(), getLocale()))
        .setHeader(getTranslation("settlement.amount")).setTextAlign(ColumnTextAlign.END);
    grid.addColumn(st -> Formats.percent(st.discountPercent(), getLocale()))
        .setHeader(getTranslation("settlement.discount")).setTextAlign(ColumnTextAlign.END);
    grid.addColumn(st -> Formats.date(st.payBy(), getLocale()))
        .setHeader(getTranslation("settlement.payBy"));
    grid.addColumn(SettlementView::proposedBy).setHeader(getTranslation("settlement.proposedBy"));
    grid.addColumn(st -> st.decidedBy() == null ? "" : st.decidedBy()
            + (st.decisionNote() == null ? "" : " — " + st.decisionNote()))
        .setHeader(getTranslation("settlement.decidedBy")).setFlexGrow(2);
    List<SettlementView> list = settlements.of(id);
    grid.setItems(list);
    grid.setVisible(!list.isEmpty());
    Paragraph none = new Paragraph(getTranslation("settlement.none"));
    none.setId("case-settlements-none");
    none.setVisible(list.isEmpty());
    VerticalLayout box = new VerticalLayout(none, grid);
    box.setPadding(false);
    Stage stage = detail.summary().stage();
    if (staff && !stage.isClosed() && !stage.isSuspended()) {
      box.add(settlementForm());
    }
    return box;
  }

  private HorizontalLayout settlementForm() {
    BigDecimalField amount = new BigDecimalField(getTranslation("settlement.amount"));
    amount.setId("settlement-amount");
    amount.setHelperText(getTranslation("settlement.amountHelp",
        Formats.money(detail.balance().due(), getLocale())));
    DatePicker payBy = new DatePicker(getTranslation("settlement.payBy"));
    payBy.setId("settlement-pay-by");
    payBy.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    payBy.setMin(LocalDate.now(clock));
    TextField note = new TextField(getTranslation("settlement.note"));
    note.setId("settlement-note");
    note.setMaxLength(1000);
    note.setWidth("20em");
    Button propose = new Button(getTranslation("settlement.propose"), e -> actAndSay(() -> {
      SettlementView made = settlements.propose(id, new NewSettlement(amount.getValue(),
          payBy.getValue(), note.getValue()));
      return getTranslation("settlement.proposed." + made.status().name());
    }));
    propose.setId("settlement-propose");
    propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout row = new HorizontalLayout(amount, payBy, note, propose);
    row.setAlignItems(FlexComponent.Alignment.END);
    return row;
  }

  private UnorderedList timeline() {
    UnorderedList list = new UnorderedList();
    list.setId("case-timeline");
    for (TimelineEntry e : detail.timeline()) {
      StringBuilder text = new StringBuilder()
          .append(Formats.date(e.occurredAt(), clock.getZone(), getLocale())).append(" · ")
          .append(getTranslation("event." + e.kind().name()));
      if (e.toStage() != null) {
        text.append(" → ").append(getTranslation("stage." + e.toStage().name()));
      }
      if (e.legalDate() != null) {
        text.append(" (").append(Formats.date(e.legalDate(), getLocale())).append(")");
      }
      if (e.note() != null) {
        text.append(" — ").append(e.note());
      }
      text.append(" · ").append(e.actor());
      list.add(new ListItem(text.toString()));
    }
    return list;
  }

  private VerticalLayout actions() {
    Select<Stage> target = new Select<>();
    target.setId("transition-target");
    target.setLabel(getTranslation("case.moveTo"));
    target.setItems(detail.nextStages());
    target.setItemLabelGenerator(st -> getTranslation("stage." + st.name()));
    TextField reason = new TextField(getTranslation("case.reason"));
    reason.setId("transition-reason");
    DatePicker noticeDate = new DatePicker(getTranslation("case.noticeDate"));
    noticeDate.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    Button move = new Button(getTranslation("case.move"), e -> act(() -> changes.transition(id,
        new TransitionCommand(target.getValue(), reason.getValue(), noticeDate.getValue()))));
    move.setId("transition-move");
    move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout transition = new HorizontalLayout(target, reason, noticeDate, move);
    transition.setAlignItems(FlexComponent.Alignment.END);

    Select<CaseEventKind> kind = new Select<>();
    kind.setId("event-kind");
    kind.setLabel(getTranslation("case.event"));
    kind.setItems(CaseEventKind.FORMAL_NOTICE, CaseEventKind.ACKNOWLEDGEMENT,
        CaseEventKind.COURT_CLAIM, CaseEventKind.JUDGMENT, CaseEventKind.JUDGMENT_SERVED,
        CaseEventKind.ENFORCEMENT_ACT, CaseEventKind.NOTE);
    kind.setItemLabelGenerator(k -> getTranslation("event." + k.name()));
    DatePicker date = new DatePicker(getTranslation("case.eventDate"));
    date.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    TextField note = new TextField(getTranslation("case.note"));
    Button record = new Button(getTranslation("case.record"), e -> act(() ->
        changes.recordLegalEvent(id, new LegalEventCommand(kind.getValue(), date.getValue(),
            note.getValue()))));
    record.setId("event-record");
    HorizontalLayout event = new HorizontalLayout(kind, date, note, record);
    event.setAlignItems(FlexComponent.Alignment.END);
    VerticalLayout box = new VerticalLayout(activity(), transition, event);
    box.setPadding(false);
    return box;
  }

  /** Log a call, an e-mail, a letter, an SMS, a visit or a note; the contact guard may refuse. */
  private HorizontalLayout activity() {
    Select<ActivityKind> kind = new Select<>();
    kind.setId("activity-kind");
    kind.setLabel(getTranslation("activity.kind"));
    kind.setItems(ActivityKind.values());
    kind.setItemLabelGenerator(k -> getTranslation("activityKind." + k.name()));
    kind.setValue(ActivityKind.CALL);
    Select<ActivityOutcome> outcome = new Select<>();
    outcome.setId("activity-outcome");
    outcome.setLabel(getTranslation("activity.outcome"));
    outcome.setItems(ActivityOutcome.values());
    outcome.setItemLabelGenerator(o -> getTranslation("activityOutcome." + o.name()));
    outcome.setValue(ActivityOutcome.REACHED);
    TextField summary = new TextField(getTranslation("activity.summary"));
    summary.setId("activity-summary");
    summary.setWidth("20em");
    com.vaadin.flow.component.checkbox.Checkbox internal =
        new com.vaadin.flow.component.checkbox.Checkbox(getTranslation("activity.internal"));
    internal.setId("activity-internal");
    Button logIt = new Button(getTranslation("activity.log"), e -> act(() -> activities.log(id,
        new NewActivity(kind.getValue(), outcome.getValue(), summary.getValue(),
            internal.getValue()))));
    logIt.setId("activity-log");
    logIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout row = new HorizontalLayout(kind, outcome, summary, internal, logIt);
    row.setAlignItems(FlexComponent.Alignment.END);
    return row;
  }

  /** A section's heading, which the page comes back to after an action in that section. */
  private H3 heading(String section, String titleKey) {
    H3 heading = new H3(getTranslation(titleKey));
    heading.setId("section-" + section);
    headings.put(section, heading);
    return heading;
  }

  /**
   * The action callback of a section: the page is rebuilt after an action, and the browser would
   * otherwise be left at the top of it rather than where the user was working.
   */
  private java.util.function.Consumer<Runnable> actIn(String section) {
    return change -> {
      actingSection = section;
      try {
        act(change);
      } finally {
        actingSection = null;
      }
    };
  }

  private void act(Runnable change) {
    actAndSay(() -> {
      change.run();
      return getTranslation("case.done");
    });
  }

  /** Applies a change, shows the case again and says how it went in the returned words. */
  private void actAndSay(java.util.function.Supplier<String> change) {
    try {
      String done = change.get();
      render();
      if (actingSection != null && headings.containsKey(actingSection)) {
        headings.get(actingSection).scrollIntoView();
      }
      say(done, NotificationVariant.LUMO_SUCCESS);
    } catch (io.recova.agency.platform.InvalidInputException invalid) {
      say(invalid.violations().stream().map(this::violationText)
          .collect(Collectors.joining(" ")), NotificationVariant.LUMO_ERROR);
    } catch (RecovaException refused) {
      if (refused.status() == 404) {
        throw refused;
      }
      String translated = getTranslation("refusal." + refused.code());
      say(io.recova.portal.i18n.Translations.isMissing(translated) ? refused.getMessage()
          : translated, NotificationVariant.LUMO_ERROR);
    }
  }

  /** The violation in the user's language when the bundle has its code, else as the API says it. */
  private String violationText(io.recova.agency.platform.FieldViolation v) {
    String translated = getTranslation("invalid." + v.code());
    return io.recova.portal.i18n.Translations.isMissing(translated) ? v.message() : translated;
  }

  /** Terms and values side by side, two columns, rather than one long column. */
  private static DescriptionList compact(DescriptionList list) {
    list.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
        .set("column-gap", "var(--lumo-space-l)").set("row-gap", "var(--lumo-space-xs)")
        .set("margin", "0");
    return list;
  }

  private void entry(DescriptionList list, String key, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    Term term = new Term(getTranslation(key));
    term.getStyle().set("color", "var(--lumo-secondary-text-color)");
    Description description = new Description(value);
    description.getStyle().set("margin", "0");
    list.add(term, description);
  }

  /** Tells the outcome of an action, in a notification and on the page until the next one. */
  private void say(String text, NotificationVariant variant) {
    message.setText(text);
    message.getStyle().set("color", variant == NotificationVariant.LUMO_ERROR
        ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    notify(text, variant);
  }

  private static void notify(String text, NotificationVariant variant) {
    Notification n = new Notification(text, 6000, Notification.Position.BOTTOM_START);
    n.addThemeVariants(variant);
    n.open();
  }

  /**
   * The query that opens a case ready for a task's letter: the template names the letter, the
   * task's channel says post or e-mail. Empty when the task is no letter.
   */
  public static com.vaadin.flow.router.QueryParameters preparing(String template,
      ActivityKind channel) {
    if (enumOf(LetterKind.class, template == null ? null : java.util.List.of(template)) == null) {
      return com.vaadin.flow.router.QueryParameters.empty();
    }
    return com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("letter", template,
        "channel", channel == ActivityKind.EMAIL ? LetterChannel.EMAIL.name()
            : LetterChannel.POST.name()));
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, java.util.List<String> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    try {
      return Enum.valueOf(type, values.get(0));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public String getPageTitle() {
    return (detail == null ? "" : detail.summary().externalReference() + " · ")
        + getTranslation("app.title");
  }

}
