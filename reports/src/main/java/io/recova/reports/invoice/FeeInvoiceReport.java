package io.recova.reports.invoice;

import io.recova.agency.invoice.FeeInvoiceContent;
import io.recova.agency.invoice.FeeInvoicePrinter;
import io.recova.reports.i18n.DocumentFormat;
import io.recova.reports.template.CompiledTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

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

  private final CompiledTemplate template = new CompiledTemplate(TEMPLATE);

  @Override
  public byte[] render(FeeInvoiceContent invoice, Locale language) {
    Objects.requireNonNull(invoice, "invoice");
    DocumentFormat format = DocumentFormat.of(language);
    ResourceBundle labels = labels(format.locale());
    FeeInvoiceData data = FeeInvoiceData.of(invoice, format, labels);
    JasperPrint print = template.fill(data.parameters(), format.locale(), labels,
        new JRMapCollectionDataSource(data.rows()));
    return template.pdf(print, data.parameters().get("title") + " " + invoice.number(),
        invoice.agency().name());
  }

  static ResourceBundle labels(Locale locale) {
    return CompiledTemplate.labels(LABELS, locale);
  }
}
