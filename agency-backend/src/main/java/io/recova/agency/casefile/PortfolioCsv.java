package io.recova.agency.casefile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A portfolio as the CSV French Excel opens directly: UTF-8 with a byte order mark, {@code ;}
 * between cells, decimal commas, dates as dd/MM/yyyy, and every text cell made formula-safe.
 */
public final class PortfolioCsv implements AutoCloseable {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CSVPrinter printer;
  private final DecimalFormat amount;

  public PortfolioCsv(OutputStream out, Locale locale) {
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      boolean french = "fr".equals(locale.getLanguage());
      this.printer = new CSVPrinter(writer, CSVFormat.Builder.create(CSVFormat.DEFAULT)
          .setDelimiter(french ? ';' : ',').setRecordSeparator("\r\n").build());
      this.amount = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(
          french ? Locale.FRANCE : Locale.ENGLISH));
      printer.printRecord(french
          ? new Object[] {"Référence", "Débiteur", "Type", "Étape", "Montant", "Devise",
              "Première échéance", "Prescription", "Factures", "Gestionnaire", "Ouvert le"}
          : new Object[] {"Reference", "Debtor", "Kind", "Stage", "Amount", "Currency",
              "Earliest due date", "Limitation date", "Invoices", "Collector", "Opened on"});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(CaseSummary c) {
    try {
      printer.printRecord(
          SpreadsheetSafeText.of(c.externalReference()),
          SpreadsheetSafeText.of(c.debtorName()),
          c.debtorKind().name(),
          c.stage().name(),
          amount.format(c.principal() == null ? BigDecimal.ZERO : c.principal()),
          c.currency(),
          DATE.format(c.earliestDueDate()),
          DATE.format(c.limitationDate()),
          c.claimCount(),
          SpreadsheetSafeText.of(c.assignedCollector()),
          DATE.format(c.openedAt().atZone(java.time.ZoneId.of("Europe/Paris"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
