package io.recova.portal.report;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.recova.agency.money.Money;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.reporting.FeesAndRemittances;
import io.recova.agency.reporting.ManagementReports;
import io.recova.agency.reporting.ReportFigures;
import io.recova.agency.reporting.ReportLine;
import io.recova.agency.reporting.ReportPeriod;
import io.recova.portal.access.Audience;
import io.recova.portal.access.VisibleTo;
import io.recova.portal.i18n.DatePickerTexts;
import io.recova.portal.i18n.Formats;
import io.recova.portal.layout.MainLayout;
import io.recova.portal.platform.ErrorMessages;
import io.recova.reports.management.FeesAndRemittancesPdf;
import io.recova.reports.management.FeesAndRemittancesWorkbook;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The managers' fee and remittance report: a period of value dates, the figures by creditor on
 * screen with their total, and the full report (by creditor, by collector, by month) to download
 * as a PDF or a spreadsheet. The backend computes every figure and refuses anyone but a manager
 * or an admin; the view only shows and formats.
 */
@Route(value = "console/reports", layout = MainLayout.class)
@VisibleTo(Audience.AGENCY_MANAGEMENT)
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

  static final String PDF = "application/pdf";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final ManagementReports reports;
  private final FeesAndRemittancesPdf pdf;
  private final FeesAndRemittancesWorkbook workbook;
  private final AgencyIdentity agency;
  private final Clock clock;

  final DatePicker from = new DatePicker();
  final DatePicker to = new DatePicker();
  final Grid<ReportLine> byCreditor = new Grid<>();
  final Paragraph empty = new Paragraph();
  final Anchor pdfLink;
  final Anchor xlsxLink;
  private final List<Grid.Column<ReportLine>> amountColumns = new ArrayList<>();
  private final FooterRow footer;
  private Grid.Column<ReportLine> labelColumn;
  /** The period shown, which the downloads use: set on the UI thread, read by the download's. */
  private volatile ReportPeriod period;

  @Inject
  public ReportsView(ManagementReports reports, FeesAndRemittancesPdf pdf,
      FeesAndRemittancesWorkbook workbook, AgencyIdentity agency, Clock clock) {
    this.reports = reports;
    this.pdf = pdf;
    this.workbook = workbook;
    this.agency = agency;
    this.clock = clock;
    setSizeFull();

    LocalDate today = LocalDate.now(clock);
    from.setId("report-from");
    from.setLabel(getTranslation("reports.from"));
    from.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    from.setValue(today.withDayOfMonth(1).minusMonths(2));
    to.setId("report-to");
    to.setLabel(getTranslation("reports.to"));
    to.setI18n(DatePickerTexts.of(getLocale(), this::getTranslation));
    to.setValue(today);
    from.addValueChangeListener(e -> refresh());
    to.addValueChangeListener(e -> refresh());

    pdfLink = download("report-pdf", "reports.downloadPdf", PDF, ".pdf");
    xlsxLink = download("report-xlsx", "reports.downloadXlsx", XLSX, ".xlsx");
    HorizontalLayout bar = new HorizontalLayout(from, to, pdfLink, xlsxLink);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);

    byCreditor.setId("report-by-creditor");
    byCreditor.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    labelColumn = byCreditor.addColumn(ReportLine::label)
        .setHeader(getTranslation("reports.creditor")).setAutoWidth(true).setFlexGrow(1);
    amount("reports.collectedThroughAgency", ReportFigures::collectedThroughAgency);
    amount("reports.collectedDirect", ReportFigures::collectedDirect);
    amount("reports.fees", ReportFigures::fees);
    amount("reports.certificateFees", ReportFigures::certificateFees);
    amount("reports.vat", ReportFigures::vat);
    amount("reports.remitted", ReportFigures::remitted);
    amount("reports.awaitingRemittance", f -> f.awaitingRemittance().orElse(null));
    amountColumns.add(byCreditor.addColumn(l -> l.figures().payments())
        .setHeader(getTranslation("reports.payments")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true));
    amountColumns.add(byCreditor.addColumn(l -> l.figures().cases())
        .setHeader(getTranslation("reports.cases")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true));
    footer = byCreditor.appendFooterRow();
    byCreditor.setSizeFull();
    empty.setId("report-empty");
    empty.setText(getTranslation("reports.empty"));

    add(new H2(getTranslation("reports.title")), new Paragraph(getTranslation("reports.intro")),
        bar, new H3(getTranslation("reports.byCreditor")), empty, byCreditor,
        new Paragraph(getTranslation("reports.collectorNote")));
    refresh();
  }

  private void amount(String header, Function<ReportFigures, Money> value) {
    amountColumns.add(byCreditor.addColumn(l -> Formats.money(value.apply(l.figures()),
            getLocale()))
        .setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true));
  }

  /** Reads the period from the pickers and shows its figures, or says what is wrong with it. */
  void refresh() {
    from.setInvalid(false);
    to.setInvalid(false);
    ReportPeriod chosen;
    try {
      chosen = new ReportPeriod(from.getValue(), to.getValue());
    } catch (InvalidInputException e) {
      for (FieldViolation v : e.violations()) {
        DatePicker field = "to".equals(v.field()) ? to : from;
        field.setErrorMessage(getTranslation("error." + v.code()));
        field.setInvalid(true);
      }
      period = null;
      show(null);
      return;
    }
    period = chosen;
    show(reports.feesAndRemittances(chosen));
  }

  private void show(FeesAndRemittances report) {
    boolean shown = report != null;
    pdfLink.setEnabled(shown);
    xlsxLink.setEnabled(shown);
    List<ReportLine> lines = shown ? report.byCreditor().lines() : List.of();
    byCreditor.setItems(lines);
    empty.setVisible(shown && lines.isEmpty());
    byCreditor.setVisible(!lines.isEmpty());
    if (!shown) {
      return;
    }
    ReportFigures total = report.total();
    footer.getCell(labelColumn).setText(getTranslation("reports.total"));
    List<String> totals = new ArrayList<>();
    for (Money m : List.of(total.collectedThroughAgency(), total.collectedDirect(), total.fees(),
        total.certificateFees(), total.vat(), total.remitted(),
        total.awaitingRemittance().orElseThrow())) {
      totals.add(Formats.money(m, getLocale()));
    }
    totals.add(Integer.toString(total.payments()));
    totals.add(Integer.toString(total.cases()));
    for (int i = 0; i < amountColumns.size(); i++) {
      footer.getCell(amountColumns.get(i)).setText(totals.get(i));
    }
  }

  private Anchor download(String id, String label, String type, String suffix) {
    Locale locale = getLocale();
    DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
      ReportPeriod chosen = period;
      if (chosen == null) {
        return DownloadResponse.error(400);
      }
      try {
        FeesAndRemittances report = reports.feesAndRemittances(chosen);
        byte[] content = PDF.equals(type)
            ? pdf.render(report, agency, locale, LocalDate.now(clock))
            : workbook.render(report, agency, locale);
        return new DownloadResponse(new ByteArrayInputStream(content),
            "fees-and-remittances-" + chosen.from() + "-" + chosen.to() + suffix, type,
            content.length);
      } catch (RuntimeException e) {
        return DownloadResponse.error(ErrorMessages.of(e).status());
      }
    });
    Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(label));
    link.setId(id);
    link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
    return link;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("reports.title") + " · " + getTranslation("app.title");
  }
}
