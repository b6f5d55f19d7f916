package io.recova.reports.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * A {@code .jasper} template the build compiled from {@code src/main/jasper}, read from the
 * classpath the first time a report needs it and kept: loading costs far more than filling, and
 * nothing is compiled at run time. Every document is filled and exported to PDF the same way, here.
 */
public final class CompiledTemplate {

  static {
    // Text layout uses AWT font metrics; a server must never look for a display. Only effective
    // before AWT starts, hence here, before any template is filled, and in the launcher's options.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private final String resource;
  private volatile JasperReport loaded;

  /** @param resource the template's classpath path, e.g. {@code /reports/letter.jasper} */
  public CompiledTemplate(String resource) {
    this.resource = resource;
  }

  public JasperReport get() {
    JasperReport template = loaded;
    if (template == null) {
      synchronized (this) {
        template = loaded;
        if (template == null) {
          template = load();
          loaded = template;
        }
      }
    }
    return template;
  }

  /**
   * Fills the template in the reader's language.
   *
   * @param parameters the document's values, by template parameter name
   * @param labels the texts the template reads with {@code $R{...}}
   * @throws IllegalStateException when it cannot be filled, a label missing included
   */
  public JasperPrint fill(Map<String, ?> parameters, Locale locale, ResourceBundle labels,
      JRDataSource rows) {
    // JasperReports adds its own entries to the map it is given.
    Map<String, Object> all = new HashMap<>(parameters);
    all.put(JRParameter.REPORT_LOCALE, locale);
    all.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
    try {
      return JasperFillManager.fillReport(get(), all, rows);
    } catch (JRException | JRRuntimeException e) {
      // A label missing from the template's language arrives here as a runtime exception.
      throw new IllegalStateException("Cannot fill " + resource + ": " + e.getMessage(), e);
    }
  }

  /** The filled document as a PDF whose viewer shows the title rather than the file name. */
  public byte[] pdf(JasperPrint print, String title, String author) {
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(title);
    configuration.setMetadataAuthor(author);
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
      throw new IllegalStateException("Cannot export " + resource + " to PDF", e);
    }
    return pdf.toByteArray();
  }

  /**
   * A document's labels in the reader's language. Without NoFallback, a JVM whose default locale
   * is English would answer French requests from the English bundle if a French key went missing.
   */
  public static ResourceBundle labels(String baseName, Locale locale) {
    return ResourceBundle.getBundle(baseName, locale, CompiledTemplate.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private JasperReport load() {
    try (InputStream in = CompiledTemplate.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the classpath; the build compiles it from src/main/jasper");
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    } catch (JRException e) {
      throw new IllegalStateException("Cannot load " + resource, e);
    }
  }
}
