package io.recova.portal.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.recova.agency.casefile.CasePortfolio;
import io.recova.agency.casefile.CaseQuery;
import io.recova.agency.casefile.CaseSort;
import io.recova.agency.casefile.CaseSummary;
import io.recova.agency.casefile.PortfolioCsv;
import io.recova.agency.casefile.Stage;
import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.money.Money;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.i18n.DatePickerTexts;
import io.recova.portal.i18n.Formats;
import io.recova.portal.layout.MainLayout;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The portfolio: every case the caller may see (a creditor its own, agency staff all of them),
 * filtered, searched and sorted in the database, read one page at a time, and exported as CSV.
 */
@Route(value = "cases", layout = MainLayout.class)
@VisibleTo(Audience.PORTFOLIO)
public class CasesView extends VerticalLayout implements HasDynamicTitle {

  /** Grid column keys and the database order behind each. */
  static final Map<String, CaseSort> SORTS = Map.of(
      "reference", CaseSort.REFERENCE,
      "debtor", CaseSort.DEBTOR,
      "amount", CaseSort.AMOUNT,
      "due", CaseSort.DUE_DATE,
      "limitation", CaseSort.LIMITATION,
      "opened", CaseSort.OPENED);

  private final CasePortfolio portfolio;
  private final Caller caller;
  final Grid<CaseSummary> grid = new Grid<>();
  final TextField search = new TextField();
  final MultiSelectComboBox<Stage> stages = new MultiSelectComboBox<>();
  final BigDecimalField minAmount = new BigDecimalField();
  final BigDecimalField maxAmount = new BigDecimalField();
  final DatePicker dueFrom = new DatePicker();
  final DatePicker dueTo = new DatePicker();
  final TextField collector = new TextField();
  final ComboBox<CreditorClientView> creditor = new ComboBox<>();

  @Inject
  public CasesView(CasePortfolio portfolio, CaseIntakeDialogs dialogs,
      CreditorClientService creditors, CurrentCaller currentCaller) {
    this.portfolio = portfolio;
    this.caller = currentCaller.get();
    setSizeFull();

    H2 title = new H2(getTranslation("cases.title"));
    Button newCase = new Button(getTranslation("cases.new"), VaadinIcon.PLUS.create(),
        e -> dialogs.openNewCase(this::refresh));
    newCase.setId("new-case");
    newCase.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button importFile = new Button(getTranslation("cases.import"), VaadinIcon.UPLOAD.create(),
        e -> dialogs.openImport(this::refresh));
    importFile.setId("import-cases");
    Anchor export = new Anchor(csvExport(), getTranslation("cases.export"));
    export.setId("export-cases");
    HorizontalLayout actions = new HorizontalLayout(newCase, importFile, export);
    actions.setAlignItems(FlexComponent.Alignment.CENTER);
    HorizontalLayout header = new HorizontalLayout(title, actions);
    header.setWidthFull();
    header.setAlignItems(FlexComponent.Alignment.BASELINE);
    header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

    add(header, filters(creditors), grid);
    configureGrid();
  }

  private FlexLayout filters(CreditorClientService creditors) {
    search.setId("cases-search");
    search.setPlaceholder(getTranslation("cases.search"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    stages.setId("cases-stages");
    stages.setPlaceholder(getTranslation("cases.stages"));
    stages.setItems(Stage.values());
    stages.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
    minAmount.setId("cases-min");
    minAmount.setPlaceholder(getTranslation("cases.minAmount"));
    maxAmount.setId("cases-max");
    maxAmount.setPlaceholder(getTranslation("cases.maxAmount"));
    dueFrom.setId("cases-due-from");
    dueFrom.setPlaceholder(getTranslation("cases.dueFrom"));
    dueTo.setId("cases-due-to");
    dueTo.setPlaceholder(getTranslation("cases.dueTo"));
    dueFrom.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    dueTo.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    FlexLayout filters = new FlexLayout(search, stages, minAmount, maxAmount, dueFrom, dueTo);
    if (!caller.isCreditorScoped()) {
      collector.setId("cases-collector");
      collector.setPlaceholder(getTranslation("cases.collector"));
      collector.setValueChangeMode(ValueChangeMode.LAZY);
      creditor.setId("cases-creditor");
      creditor.setPlaceholder(getTranslation("cases.creditor"));
      creditor.setItems(creditors.list());
      creditor.setItemLabelGenerator(CreditorClientView::name);
      creditor.setClearButtonVisible(true);
      filters.add(creditor, collector);
      collector.addValueChangeListener(e -> refresh());
      creditor.addValueChangeListener(e -> refresh());
    }
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.getStyle().set("gap", "var(--lumo-space-s)");
    filters.setWidthFull();
    search.addValueChangeListener(e -> refresh());
    stages.addValueChangeListener(e -> refresh());
    minAmount.addValueChangeListener(e -> refresh());
    maxAmount.addValueChangeListener(e -> refresh());
    dueFrom.addValueChangeListener(e -> refresh());
    dueTo.addValueChangeListener(e -> refresh());
    return filters;
  }

  private void configureGrid() {
    grid.setId("cases-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(CaseSummary::externalReference).setKey("reference")
        .setHeader(getTranslation("cases.column.reference")).setSortable(true);
    grid.addColumn(CaseSummary::debtorName).setKey("debtor")
        .setHeader(getTranslation("cases.column.debtor")).setSortable(true).setFlexGrow(3);
    grid.addColumn(c -> getTranslation("stage." + c.stage().name())).setKey("stage")
        .setHeader(getTranslation("cases.column.stage"));
    grid.addColumn(c -> Formats.money(Money.of(c.principal(), Currency.getInstance(c.currency())),
            getLocale())).setKey("amount").setHeader(getTranslation("cases.column.amount"))
        .setTextAlign(ColumnTextAlign.END).setSortable(true);
    grid.addColumn(c -> Formats.date(c.earliestDueDate(), getLocale())).setKey("due")
        .setHeader(getTranslation("cases.column.due")).setSortable(true);
    grid.addColumn(c -> Formats.date(c.limitationDate(), getLocale())).setKey("limitation")
        .setHeader(getTranslation("cases.column.limitation")).setSortable(true);
    if (!caller.isCreditorScoped()) {
      grid.addColumn(CaseSummary::assignedCollector).setKey("collector")
          .setHeader(getTranslation("cases.column.collector"));
    }
    grid.getColumns().forEach(column -> column.setAutoWidth(true));
    grid.setSizeFull();
    grid.setItems(
        query -> portfolio.search(query(query.getSortOrders(), query.getPage(),
            query.getPageSize())).items().stream(),
        query -> (int) portfolio.search(query(query.getSortOrders(), 0, 1)).total());
    grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
        e.getItem().id().toString())));
  }

  CaseQuery query(List<? extends com.vaadin.flow.data.provider.QuerySortOrder> sortOrders,
      int page, int size) {
    CaseSort sort = CaseSort.OPENED;
    boolean descending = true;
    if (sortOrders != null && !sortOrders.isEmpty()) {
      var first = sortOrders.get(0);
      sort = SORTS.getOrDefault(first.getSorted(), CaseSort.OPENED);
      descending = first.getDirection() == SortDirection.DESCENDING;
    }
    Set<Stage> chosen = stages.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(stages.getValue());
    UUID creditorId = creditor.getValue() == null ? null : creditor.getValue().id();
    return new CaseQuery(chosen, search.getValue(), minAmount.getValue(), maxAmount.getValue(),
        dueFrom.getValue(), dueTo.getValue(), collector.getValue(), creditorId, sort, descending,
        page, size);
  }

  private DownloadHandler csvExport() {
    return DownloadHandler.fromInputStream(event -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Locale locale = getLocale();
      CaseQuery q = query(grid.getSortOrder().stream()
          .map(o -> new com.vaadin.flow.data.provider.QuerySortOrder(o.getSorted().getKey(),
              o.getDirection())).toList(), 0, 200);
      try (PortfolioCsv csv = new PortfolioCsv(out, locale)) {
        portfolio.forEach(q, csv::write);
      }
      byte[] bytes = out.toByteArray();
      return new DownloadResponse(new ByteArrayInputStream(bytes), "portfolio.csv",
          "text/csv; charset=UTF-8", bytes.length);
    });
  }

  void refresh() {
    grid.getDataProvider().refreshAll();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("cases.title") + " · " + getTranslation("app.title");
  }
}
