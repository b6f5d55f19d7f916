package io.recova.agency.invoice;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes an invoice's lines, as {@link FeeInvoiceLine} maps them, in one statement: a column per
 * array parameter, unnested in the lines' order. Persisted one by one, each line cost a round
 * trip for its generated id, and stayed in the approval's unit of work where every later flush
 * compared it for changes; a monthly run invoices a fee line per payment remitted (issue 8).
 * Lines are never changed once written.
 */
final class FeeInvoiceLineRows {

  private FeeInvoiceLineRows() {}

  /** Writes the lines, numbered from 1 in their order, in the caller's transaction. */
  static void write(EntityManager em, UUID invoiceId, List<InvoiceLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    em.createNativeQuery("insert into fee_invoice_line (invoice_id, position, source_type,"
            + " source_id, source_position, fee_kind, case_reference, reference, direct_payment,"
            + " service_date, base, percent, quantity, unit_price, amount, vat_percent, vat,"
            + " credited_invoice_number)"
            + " select cast(?1 as uuid), cast(l.n as int), l.source_type, l.source_id,"
            + " l.source_position, l.fee_kind, l.case_reference, l.reference, l.direct_payment,"
            + " l.service_date, l.base, l.percent, l.quantity, l.unit_price, l.amount,"
            + " l.vat_percent, l.vat, l.credited_invoice_number"
            + " from unnest(cast(?2 as varchar[]), cast(?3 as uuid[]), cast(?4 as int[]),"
            + " cast(?5 as varchar[]), cast(?6 as varchar[]), cast(?7 as varchar[]),"
            + " cast(?8 as boolean[]), cast(?9 as date[]), cast(?10 as numeric[]),"
            + " cast(?11 as numeric[]), cast(?12 as int[]), cast(?13 as numeric[]),"
            + " cast(?14 as numeric[]), cast(?15 as numeric[]), cast(?16 as numeric[]),"
            + " cast(?17 as varchar[])) with ordinality as l(source_type, source_id,"
            + " source_position, fee_kind, case_reference, reference, direct_payment,"
            + " service_date, base, percent, quantity, unit_price, amount, vat_percent, vat,"
            + " credited_invoice_number, n) order by l.n")
        .setParameter(1, invoiceId.toString())
        .setParameter(2, array(lines, l -> l.source().name()))
        .setParameter(3, array(lines, l -> l.sourceId().toString()))
        .setParameter(4, array(lines, l -> String.valueOf(l.sourcePosition())))
        .setParameter(5, array(lines, l -> l.feeKind().name()))
        .setParameter(6, array(lines, InvoiceLine::caseReference))
        .setParameter(7, array(lines, InvoiceLine::reference))
        .setParameter(8, array(lines, l -> String.valueOf(l.directPayment())))
        .setParameter(9, array(lines, l -> l.serviceDate().toString()))
        .setParameter(10, array(lines, l -> l.base() == null ? null
            : l.base().amount().toPlainString()))
        .setParameter(11, array(lines, l -> l.percent() == null ? null
            : l.percent().toPlainString()))
        .setParameter(12, array(lines, l -> String.valueOf(l.quantity())))
        .setParameter(13, array(lines, l -> l.unitPrice().amount().toPlainString()))
        .setParameter(14, array(lines, l -> l.amount().amount().toPlainString()))
        .setParameter(15, array(lines, l -> l.vatPercent().toPlainString()))
        .setParameter(16, array(lines, l -> l.vat().amount().toPlainString()))
        .setParameter(17, array(lines, InvoiceLine::creditedInvoiceNumber))
        .executeUpdate();
  }

  /**
   * One column as a PostgreSQL array literal: every element quoted, its quotes and backslashes
   * escaped, a null as NULL. One bind value per column, however many lines.
   */
  static String array(List<InvoiceLine> lines, Function<InvoiceLine, String> column) {
    return lines.stream().map(column).map(v -> v == null ? "NULL"
            : '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
        .collect(Collectors.joining(",", "{", "}"));
  }
}
