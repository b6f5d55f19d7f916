package io.recova.reports.agedbalance;

import io.recova.agency.kpi.AgedBalanceReport;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.reports.i18n.DocumentFormat;
import io.recova.reports.template.CompiledTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The aged balance as a PDF (DOMAIN R6.3): the figures of {@link AgedBalanceReport}, as the API
 * and the dashboards give them, for a manager to file or send.
 *
 * <p>Thread-safe; the compiled template is loaded once. Works with or without CDI.
 */
@ApplicationScoped
public class AgedBalanceDocument {

  static final String TEMPLATE = "/reports/aged-balance.jasper";
  static final String LABELS = "reports.i18n.aged_balance";

  private final CompiledTemplate template = new CompiledTemplate(TEMPLATE);

  /**
   * @param creditorName the name of the report's creditor, or null when it covers every creditor
   * @param locale the reader's language; French unless English is asked for
   */
  public byte[] render(AgedBalanceReport report, String creditorName, AgencyIdentity agency,
      Locale locale, LocalDate printedOn) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(agency, "agency");
    DocumentFormat format = DocumentFormat.of(locale);
    ResourceBundle labels = CompiledTemplate.labels(LABELS, format.locale());
    AgedBalanceDocumentData data =
        AgedBalanceDocumentData.of(report, creditorName, agency, format, labels, printedOn);
    JasperPrint print = template.fill(data.parameters(), format.locale(), labels,
        new JRMapCollectionDataSource(data.rows()));
    return template.pdf(print, labels.getString("title") + " " + data.parameters().get("asOf"),
        agency.name());
  }
}
