package io.recova.reports.letter;

import io.recova.reports.template.CompiledTemplate;
import io.recova.agency.letter.LetterContent;
import io.recova.agency.letter.LetterPrinter;
import io.recova.reports.i18n.DocumentFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Collection letters as PDF, with every mention R124-4 of the Code des procédures civiles
 * d'exécution requires: the agency's name, address and activity; the creditor's name and address;
 * the basis and amount of the debt as principal, interest and accessories; a demand to pay with the
 * payment methods; the verbatim text of L111-8 paragraphs 2 and 3. It adds the GDPR art. 14
 * information (R7.2) and keeps clear of anything that looks like a court document (R3.9).
 *
 * <p>Thread-safe; the compiled template is loaded once. Works with or without CDI.
 */
@ApplicationScoped
public class CollectionLetterReport implements LetterPrinter {

  static final String TEMPLATE = "/reports/collection-letter.jasper";
  static final String LABELS = "reports.i18n.collection_letter";

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
   * @throws IllegalArgumentException when the letter lacks a required mention
   * @throws IllegalStateException when the compiled template is missing or cannot be filled
   */
  @Override
  public byte[] render(LetterContent letter) {
    Objects.requireNonNull(letter, "letter");
    DocumentFormat format = DocumentFormat.of(letter.language());
    ResourceBundle labels = labels(format.locale());
    CollectionLetterData data = data(letter, format, labels);
    return toPdf(fill(letter, data, format, labels), data);
  }

  @Override
  public byte[] bundle(List<byte[]> letters) {
    return LetterBundle.merge(letters);
  }

  /**
   * The letter filled with the given labels, for tests that take a label away: a letter must fail
   * rather than print with a hole in it.
   */
  JasperPrint print(LetterContent letter, ResourceBundle labels) {
    DocumentFormat format = DocumentFormat.of(letter.language());
    return fill(letter, data(letter, format, labels), format, labels);
  }

  static ResourceBundle labels(Locale locale) {
    // Without NoFallback, a JVM whose default locale is English would answer French requests
    // from the English bundle if a French key went missing.
    return ResourceBundle.getBundle(
        LABELS,
        locale,
        CollectionLetterReport.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static CollectionLetterData data(
      LetterContent letter, DocumentFormat format, ResourceBundle labels) {
    return CollectionLetterData.of(letter, format, new LetterLabels(labels, format.locale()));
  }



  private JasperPrint fill(
      LetterContent letter,
      CollectionLetterData data,
      DocumentFormat format,
      ResourceBundle labels) {
    // JasperReports adds its own entries to the map it is given.
    Map<String, Object> parameters = new HashMap<>(data.parameters());
    parameters.put(JRParameter.REPORT_LOCALE, format.locale());
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
    List<Map<String, ?>> rows =
        letter.claims().stream()
            .<Map<String, ?>>map(line -> ClaimRow.of(line, format).fields())
            .toList();
    try {
      return JasperFillManager.fillReport(
          template(), parameters, new JRMapCollectionDataSource(rows));
    } catch (JRException | JRRuntimeException e) {
      // A label missing from the template's language arrives here as a runtime exception.
      throw new IllegalStateException("Cannot fill " + TEMPLATE + ": " + e.getMessage(), e);
    }
  }

  private static byte[] toPdf(JasperPrint print, CollectionLetterData data) {
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(data.subject() + " — " + data.reference());
    configuration.setMetadataAuthor(data.agencyName());
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
