package io.recova.reports.agedbalance;

import io.recova.agency.kpi.AgedBalanceReport;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.reports.i18n.DocumentFormat;
import io.recova.reports.template.CompiledTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

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

  static {
    // Text layout uses AWT font metrics; a server must never look for a display.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

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
    ResourceBundle labels = ResourceBundle.getBundle(LABELS, format.locale(),
        AgedBalanceDocument.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    AgedBalanceDocumentData data =
        AgedBalanceDocumentData.of(report, creditorName, agency, format, labels, printedOn);
    Map<String, Object> parameters = new HashMap<>(data.parameters());
    parameters.put(JRParameter.REPORT_LOCALE, format.locale());
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
    try {
      JasperPrint print = JasperFillManager.fillReport(template.get(), parameters,
          new JRMapCollectionDataSource(data.rows()));
      SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
      configuration.setMetadataTitle(labels.getString("title") + " " + data.parameters()
          .get("asOf"));
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
