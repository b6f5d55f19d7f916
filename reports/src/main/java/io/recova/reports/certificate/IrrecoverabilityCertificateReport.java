package io.recova.reports.certificate;

import io.recova.agency.certificate.CertificateContent;
import io.recova.agency.certificate.CertificatePrinter;
import io.recova.reports.i18n.DocumentFormat;
import io.recova.reports.template.CompiledTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The irrecoverability certificate as a PDF, in French or English: what DOMAIN R5.2 asks for
 * (debtor, registration number, invoices excluding VAT, VAT and including VAT, net of payments,
 * cause) and the mention of the corrected invoice CGI art. 272 requires (R5.3).
 *
 * <p>Thread-safe; the compiled template is loaded once. Works with or without CDI.
 */
@ApplicationScoped
public class IrrecoverabilityCertificateReport implements CertificatePrinter {

  static final String TEMPLATE = "/reports/irrecoverability-certificate.jasper";
  static final String LABELS = "reports.i18n.irrecoverability_certificate";

  private final CompiledTemplate template = new CompiledTemplate(TEMPLATE);

  @Override
  public byte[] render(CertificateContent certificate) {
    Objects.requireNonNull(certificate, "certificate");
    DocumentFormat format = DocumentFormat.of(Locale.forLanguageTag(certificate.language()));
    ResourceBundle labels = labels(format.locale());
    CertificateData data = CertificateData.of(certificate, format, labels);
    JasperPrint print = template.fill(data.parameters(), format.locale(), labels,
        new JRMapCollectionDataSource(data.rows()));
    return template.pdf(print, labels.getString("title") + " " + certificate.number(),
        certificate.agency().name());
  }

  static ResourceBundle labels(Locale locale) {
    return CompiledTemplate.labels(LABELS, locale);
  }
}
