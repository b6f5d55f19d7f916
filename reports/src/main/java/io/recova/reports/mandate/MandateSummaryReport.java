package io.recova.reports.mandate;

import io.recova.reports.template.CompiledTemplate;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.reports.i18n.DocumentFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

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

  static {
    // Text layout uses AWT font metrics; a server must never look for a display. Only effective
    // before AWT starts, hence here and in the launcher's JVM options.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

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
    return toPdf(fill(data, format.locale(), labels), labels, agency);
  }

  static ResourceBundle labels(Locale locale) {
    // Without NoFallback, a JVM whose default locale is English would answer French requests
    // from the English bundle if a French key went missing.
    return ResourceBundle.getBundle(
        LABELS,
        locale,
        MandateSummaryReport.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }



  private JasperPrint fill(MandateSummaryData data, Locale locale, ResourceBundle labels) {
    // JasperReports adds its own entries to the map it is given.
    Map<String, Object> parameters = new HashMap<>(data.parameters());
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
    try {
      // One empty record: the document is one detail band whose values are all parameters.
      return JasperFillManager.fillReport(template(), parameters, new JREmptyDataSource(1));
    } catch (JRException e) {
      throw new IllegalStateException("Cannot fill " + TEMPLATE, e);
    }
  }

  private static byte[] toPdf(JasperPrint print, ResourceBundle labels, AgencyIdentity agency) {
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(labels.getString("title"));
    configuration.setMetadataAuthor(agency.name());
    configuration.setMetadataCreator("Recova");
    configuration.setDisplayMetadataTitle(true);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
    exporter.setConfiguration(configuration);
    try {
      exporter.exportReport();
    } catch (JRException e) {
      throw new IllegalStateException("Cannot export " + TEMPLATE + " to PDF", e);
    }
    return pdf.toByteArray();
  }
}
