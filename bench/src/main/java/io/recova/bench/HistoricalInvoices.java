package io.recova.bench;

import io.recova.agency.invoice.FeeInvoice;
import io.recova.agency.invoice.FeeInvoiceView;
import io.recova.agency.invoice.InvoiceLine;
import io.recova.agency.invoice.InvoiceNumber;
import io.recova.agency.invoice.InvoiceSettlement;
import io.recova.agency.invoice.InvoiceTotals;
import io.recova.agency.money.Money;
import io.recova.agency.platform.Sha256;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fee invoices the past approved runs issued, written as FeeInvoices writes them: one per
 * creditor and run with something to invoice, numbered FA-YYYY-NNNNN without gaps in the order
 * issued, its lines in their printed order, totals and VAT per line, settled by the remittance
 * (the generated fees are always taken from the funds collected, so nothing stays receivable),
 * the year's counter left at the last number, and an {@code invoice.issued} audit event. Without
 * them the benchmark's approval invoiced every fee since the first month (issue 8).
 *
 * <p>The PDFs are not rendered: each rendering is left empty, with the SHA-256 of its (empty)
 * content, so the fingerprint still matches what is served. The application reads and serves an
 * invoice's bytes as they are stored and never re-renders nor re-verifies them, so a historical
 * invoice lists, shows and downloads (as an empty file) without error; a benchmark data set only.
 */
final class HistoricalInvoices {

  private static final String EMPTY_SHA256 = Sha256.hex(new byte[0]);

  private final Dice dice;
  private final Tables tables;
  private final AuditWriter audit;
  private final Map<Integer, Integer> lastNumberOfYear = new LinkedHashMap<>();
  private int written;

  HistoricalInvoices(Dice dice, Tables tables, AuditWriter audit) {
    this.dice = dice;
    this.tables = tables;
    this.audit = audit;
  }

  /** Issues the creditor's invoice for the run if a line charges something. */
  void issue(Creditors.Creditor creditor, UUID run, LocalDate periodEnd, Instant approvedAt,
      List<InvoiceLine> charged) {
    List<InvoiceLine> lines = charged.stream().filter(l -> !l.isEmpty())
        .sorted(InvoiceLine.PRINTED_ORDER).toList();
    if (lines.isEmpty()) {
      return;
    }
    LocalDate issuedOn = LocalDate.ofInstant(approvedAt, Creditors.Clock.ZONE);
    int year = issuedOn.getYear();
    int sequence = lastNumberOfYear.merge(year, 1, Integer::sum);
    String number = new InvoiceNumber(year, sequence).toString();
    InvoiceTotals totals = InvoiceTotals.of(lines);
    InvoiceSettlement settlement = InvoiceSettlement.of(totals.inclVat(),
        Money.zero(totals.inclVat().currency()), issuedOn);
    LocalDate serviceFrom = lines.stream().map(InvoiceLine::serviceDate)
        .min(LocalDate::compareTo).orElseThrow();
    LocalDate serviceTo = lines.stream().map(InvoiceLine::serviceDate)
        .max(LocalDate::compareTo).orElseThrow();
    FeeInvoice.Kind kind = totals.isCreditNote() ? FeeInvoice.Kind.CREDIT_NOTE
        : FeeInvoice.Kind.INVOICE;
    UUID id = dice.uuid();
    tables.feeInvoice.row(id, number, kind.name(), creditor.id(), creditor.name(), run, issuedOn,
        serviceFrom, serviceTo, totals.exclVat().amount(), totals.vat().amount(),
        totals.inclVat().amount(), settlement.settledBySetOff().amount(),
        settlement.due().amount(), settlement.dueOn(),
        totals.inclVat().currency().getCurrencyCode(), "", EMPTY_SHA256, "", EMPTY_SHA256,
        approvedAt, "manager");
    int position = 1;
    for (InvoiceLine l : lines) {
      tables.feeInvoiceLine.row(id, position++, l.source().name(), l.sourceId(),
          l.sourcePosition(), l.feeKind().name(), l.caseReference(), l.reference(),
          l.directPayment(), l.serviceDate(), l.base() == null ? null : l.base().amount(),
          l.percent(), l.quantity(), l.unitPrice().amount(), l.amount().amount(), l.vatPercent(),
          l.vat().amount(), l.creditedInvoiceNumber());
    }
    audit.record(approvedAt, "manager", "invoice.issued", "FeeInvoice", id, null,
        new FeeInvoiceView(id, number, kind, creditor.id(), creditor.name(), run, issuedOn,
            serviceFrom, serviceTo, totals.exclVat(), totals.vat(), totals.inclVat(),
            settlement.settledBySetOff(), settlement.due(), settlement.dueOn(),
            approvedAt, "manager", EMPTY_SHA256,
            EMPTY_SHA256));
    written++;
  }

  /** Leaves each year's counter at its last number, as the approvals' allocations did. */
  void writeCounters() {
    lastNumberOfYear.forEach((year, last) -> tables.feeInvoiceSequence.row(year, last));
  }

  int written() {
    return written;
  }
}
