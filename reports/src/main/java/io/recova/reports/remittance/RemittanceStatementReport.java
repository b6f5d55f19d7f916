package io.recova.reports.remittance;

import io.recova.reports.template.CompiledTemplate;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.remittance.RemittanceStatement;
import io.recova.reports.i18n.DocumentFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;

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

  static {
    // Text layout uses AWT font metrics; a server must never look for a display.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

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
    ResourceBundle labels = ResourceBundle.getBundle(LABELS, format.locale(),
        RemittanceStatementReport.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    RemittanceStatementData data =
        RemittanceStatementData.of(statement, agency, format, labels, printedOn, zone);
    Map<String, Object> parameters = new HashMap<>(data.parameters());
    parameters.put(JRParameter.REPORT_LOCALE, format.locale());
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
    try {
      List<Map<String, ?>> rows = new ArrayList<>();
      data.rows().forEach(r -> rows.add(r.fields()));
      JasperPrint print = JasperFillManager.fillReport(template.get(), parameters,
          new JRMapCollectionDataSource(rows));
      SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
      configuration.setMetadataTitle(labels.getString("title"));
      configuration.setMetadataAuthor(agency.name());
      configuration.setMetadataCreator("Recova");
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      JRPdfExporter exporter = new JRPdfExporter();
      exporter.setExporterInput(new SimpleExporterInput(print));
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
      exporter.setConfiguration(configuration);
      exporter.exportReport();
      return pdf.toByteArray();
    } catch (JRException e) {
      throw new IllegalStateException("Cannot render " + TEMPLATE, e);
    }
  }
}
