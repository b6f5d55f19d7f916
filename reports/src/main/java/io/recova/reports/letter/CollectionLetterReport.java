package io.recova.reports.letter;

import io.recova.agency.letter.LetterContent;
import io.recova.agency.letter.LetterPrinter;
import io.recova.reports.i18n.DocumentFormat;
import io.recova.reports.template.CompiledTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

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
    return template.pdf(fill(letter, data, format, labels),
        data.subject() + " — " + data.reference(), data.agencyName());
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
    return CompiledTemplate.labels(LABELS, locale);
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
    List<Map<String, ?>> rows =
        letter.claims().stream()
            .<Map<String, ?>>map(line -> ClaimRow.of(line, format).fields())
            .toList();
    return template.fill(data.parameters(), format.locale(), labels,
        new JRMapCollectionDataSource(rows));
  }
}
