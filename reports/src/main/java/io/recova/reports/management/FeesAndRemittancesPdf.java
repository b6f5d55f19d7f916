package io.recova.reports.management;

import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.reporting.FeesAndRemittances;
import io.recova.reports.i18n.DocumentFormat;
import io.recova.reports.template.CompiledTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The fee and remittance report as a PDF: the agency, the period, then one table per grouping
 * with its total, and the notes saying where the figures come from.
 *
 * <p>Thread-safe; the compiled template is loaded once. Works with or without CDI.
 */
@ApplicationScoped
public class FeesAndRemittancesPdf {

  static final String TEMPLATE = "/reports/fees-and-remittances.jasper";

  private final CompiledTemplate template = new CompiledTemplate(TEMPLATE);

  /** @param locale the reader's language; French unless English is asked for */
  public byte[] render(FeesAndRemittances report, AgencyIdentity agency, Locale locale,
      LocalDate printedOn) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(agency, "agency");
    ReportTexts texts = new ReportTexts(DocumentFormat.of(locale));
    DocumentFormat format = texts.format;
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("agencyName", agency.name());
    parameters.put("agencyAddress", agency.address());
    parameters.put("period", texts.get("period", format.date(report.period().from()),
        format.date(report.period().to())));
    parameters.put("currency", texts.get("currency", report.currency().getCurrencyCode()));
    parameters.put("printedOn", texts.get("printed", format.date(printedOn)));
    List<Map<String, ?>> rows = new ArrayList<>();
    TableRow.of(ReportTexts.Grouping.CREDITOR, report.byCreditor(), texts)
        .forEach(r -> rows.add(r.fields()));
    TableRow.of(ReportTexts.Grouping.COLLECTOR, report.byCollector(), texts)
        .forEach(r -> rows.add(r.fields()));
    TableRow.of(ReportTexts.Grouping.MONTH, report.byMonth(), texts)
        .forEach(r -> rows.add(r.fields()));
    JasperPrint print = template.fill(parameters, format.locale(), texts.labels,
        new JRMapCollectionDataSource(rows));
    return template.pdf(print, texts.get("title"), agency.name());
  }
}
