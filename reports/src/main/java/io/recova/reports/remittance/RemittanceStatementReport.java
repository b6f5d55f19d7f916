package io.recova.reports.remittance;

import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.remittance.RemittanceStatement;
import io.recova.reports.i18n.DocumentFormat;
import io.recova.reports.template.CompiledTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The remittance statement of one creditor for one run: every payment the run pays with its case
 * and fee lines, and how the amount paid follows from the funds held for the creditor.
 *
 * <p>Thread-safe; the compiled template is loaded once. Works with or without CDI.
 */
@ApplicationScoped
public class RemittanceStatementReport {

  static final String TEMPLATE = "/reports/remittance-statement.jasper";
  static final String LABELS = "reports.i18n.remittance_statement";

  private final CompiledTemplate template = new CompiledTemplate(TEMPLATE);

  /**
   * @param locale the reader's language; French unless English is asked for
   * @param zone the agency's time zone, in which the approval instant becomes a date
   */
  public byte[] render(RemittanceStatement statement, AgencyIdentity agency, Locale locale,
      LocalDate printedOn, ZoneId zone) {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(agency, "agency");
    DocumentFormat format = DocumentFormat.of(locale);
    ResourceBundle labels = CompiledTemplate.labels(LABELS, format.locale());
    RemittanceStatementData data =
        RemittanceStatementData.of(statement, agency, format, labels, printedOn, zone);
    List<Map<String, ?>> rows = new ArrayList<>();
    data.rows().forEach(r -> rows.add(r.fields()));
    JasperPrint print = template.fill(data.parameters(), format.locale(), labels,
        new JRMapCollectionDataSource(rows));
    return template.pdf(print, labels.getString("title"), agency.name());
  }
}
