package io.recova.reports.mandate;

import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.reports.i18n.DocumentFormat;
import io.recova.reports.template.CompiledTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The mandate summary of a creditor client: who the agency is, who the creditor is and the terms
 * of the written agreement that R124-3 of the Code des procédures civiles d'exécution requires
 * (fee paid by the creditor, remittance terms).
 *
 * <p>Thread-safe; the compiled template is loaded once. Works with or without CDI.
 */
@ApplicationScoped
public class MandateSummaryReport {

  static final String TEMPLATE = "/reports/mandate-summary.jasper";
  static final String LABELS = "reports.i18n.mandate_summary";

  private final CompiledTemplate template = new CompiledTemplate(TEMPLATE);

  JasperReport template() {
    return template.get();
  }

  /**
   * Renders the summary as a PDF.
   *
   * @param locale the reader's language; French unless English is asked for
   * @param printedOn the print date shown in the footer
   * @param zone the agency's time zone, in which the registration instant becomes a date
   * @throws IllegalStateException when the compiled template is missing or cannot be filled
   */
  public byte[] render(
      CreditorClientView client,
      AgencyIdentity agency,
      Locale locale,
      LocalDate printedOn,
      ZoneId zone) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(printedOn, "printedOn");
    Objects.requireNonNull(zone, "zone");
    DocumentFormat format = DocumentFormat.of(locale);
    ResourceBundle labels = labels(format.locale());
    MandateSummaryData data =
        MandateSummaryData.of(client, agency, format, labels, printedOn, zone);
    // One empty record: the document is one detail band whose values are all parameters.
    JasperPrint print = template.fill(data.parameters(), format.locale(), labels,
        new JREmptyDataSource(1));
    return template.pdf(print, labels.getString("title"), agency.name());
  }

  static ResourceBundle labels(Locale locale) {
    return CompiledTemplate.labels(LABELS, locale);
  }
}
