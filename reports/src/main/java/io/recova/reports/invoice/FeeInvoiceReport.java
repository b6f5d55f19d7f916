package io.recova.reports.invoice;

import io.recova.agency.invoice.FeeInvoiceContent;
import io.recova.agency.invoice.FeeInvoicePrinter;
import io.recova.reports.i18n.DocumentFormat;
import io.recova.reports.template.CompiledTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;

/**
 * The fee invoice (or credit note) as a PDF, in French or English, with the mentions C. com.
 * L441-9 and CGI 242 nonies A require (see {@link FeeInvoiceContent}).
 *
 * <p>Thread-safe; the compiled template is loaded once. Works with or without CDI.
 */
@ApplicationScoped
public class FeeInvoiceReport implements FeeInvoicePrinter {

  static final String TEMPLATE = "/reports/fee-invoice.jasper";
  static final String LABELS = "reports.i18n.fee_invoice";

  static {
    // Text layout uses AWT font metrics; a server must never look for a display.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private final CompiledTemplate template = new CompiledTemplate(TEMPLATE);

  @Override
  public byte[] render(FeeInvoiceContent invoice, Locale language) {
    Objects.requireNonNull(invoice, "invoice");
    DocumentFormat format = DocumentFormat.of(language);
    ResourceBundle labels = labels(format.locale());
    FeeInvoiceData data = FeeInvoiceData.of(invoice, format, labels);
    return toPdf(fill(data, format, labels), invoice, data);
  }

  static ResourceBundle labels(Locale locale) {
    // Without NoFallback, a JVM whose default locale is English would answer French requests
    // from the English bundle if a French key went missing.
    return ResourceBundle.getBundle(LABELS, locale, FeeInvoiceReport.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private JasperPrint fill(FeeInvoiceData data, DocumentFormat format, ResourceBundle labels) {
    // JasperReports adds its own entries to the map it is given.
    Map<String, Object> parameters = new HashMap<>(data.parameters());
    parameters.put(JRParameter.REPORT_LOCALE, format.locale());
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
    try {
      return JasperFillManager.fillReport(template.get(), parameters,
          new JRMapCollectionDataSource(data.rows()));
    } catch (JRException | JRRuntimeException e) {
      throw new IllegalStateException("Cannot fill " + TEMPLATE + ": " + e.getMessage(), e);
    }
  }

  private static byte[] toPdf(JasperPrint print, FeeInvoiceContent c, FeeInvoiceData data) {
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(data.parameters().get("title") + " " + c.number());
    configuration.setMetadataAuthor(c.agency().name());
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
