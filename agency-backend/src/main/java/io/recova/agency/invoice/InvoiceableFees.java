package io.recova.agency.invoice;

import io.recova.agency.fee.FeeKind;
import io.recova.agency.fee.FeeLine;
import io.recova.agency.fee.VatRateTable;
import io.recova.agency.money.Money;
import io.recova.agency.platform.BulkReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fees charged to a creditor that no invoice covers yet, read from what was booked:
 *
 * <ul>
 *   <li>the lines of the fees booked on its payments, once the fees were taken: a payment into
 *       the trust account when an approved remittance paid it (so the invoice goes with the
 *       statement that shows the same fees), a payment made directly to the creditor as soon as
 *       it was declared (its fee is a receivable the remittance nets whatever its date);
 *   <li>the certificate fees charged on issuing irrecoverability certificates;
 *   <li>the lines of an invoiced fee whose payment was reversed since: credited.
 * </ul>
 *
 * A fee reversed with its payment before it was invoiced appears on no invoice: it was never due.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InvoiceableFees {

  private static final Currency EUR = Currency.getInstance("EUR");

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  /**
   * Every line to invoice to each creditor given now, in no particular order; a creditor with
   * nothing to invoice has an empty list. The fee lines of all of them are read in one statement:
   * read per creditor, each reading scanned that creditor's whole history of fees, and a run of
   * 200 creditors spent most of its approval there (issue 8).
   */
  public Map<UUID, List<InvoiceLine>> of(Collection<UUID> creditorIds, VatRateTable vatRates) {
    Map<UUID, List<InvoiceLine>> lines = new LinkedHashMap<>();
    creditorIds.forEach(id -> lines.put(id, new ArrayList<>()));
    feeLines(creditorIds).forEach((creditor, fees) -> lines.get(creditor).addAll(fees));
    for (UUID creditorId : creditorIds) {
      lines.get(creditorId).addAll(certificateFees(creditorId, vatRates));
      lines.get(creditorId).addAll(credits(creditorId));
    }
    return lines;
  }

  private Map<UUID, List<InvoiceLine>> feeLines(Collection<UUID> creditorIds) {
    if (creditorIds.isEmpty()) {
      return Map.of();
    }
    // The lines not invoiced yet are found first, and only they are probed for a remittance:
    // most fee lines ever booked are invoiced, and probing each of them for its remittance before
    // its invoice took 5 to 8 s at 1,000,000 cases, against 3 s (issue 8). MATERIALIZED keeps
    // PostgreSQL from folding the two steps back into one.
    List<?> rows = em.createNativeQuery("with uninvoiced as materialized ("
            + " select b.payment_id, l.position, l.kind, l.label, l.base, l.percent, l.amount,"
            + " l.vat_percent, l.vat, b.value_date, b.funds_held, b.case_id, b.creditor_id"
            + " from fee_booking b join fee_booking_line l on l.payment_id = b.payment_id"
            + " where b.creditor_id = any(cast(?1 as uuid[])) and b.currency = 'EUR'"
            + " and b.ledger_transaction_id is not null"
            // Both keys from the fee line, so that the unique index on (source_type, source_id,
            // source_position) serves the probe whole: correlated on the booking instead,
            // PostgreSQL's generic plan probed by position alone and, once the approval had
            // written its own invoice lines, scanned them all for every fee line (issue 8).
            + " and not exists (select 1 from fee_invoice_line i where i.source_type ="
            + "   'FEE_BOOKING' and i.source_id = l.payment_id and i.source_position = l.position))"
            + " select cast(u.payment_id as varchar), u.position, u.kind, u.label, u.base,"
            + " u.percent, u.amount, u.vat_percent, u.vat, u.value_date, u.funds_held,"
            + " c.external_reference, cast(u.creditor_id as varchar)"
            + " from uninvoiced u join case_file c on c.id = u.case_id"
            + " where not exists (select 1 from fee_reversal r where r.payment_id = u.payment_id)"
            + " and (not u.funds_held or exists (select 1 from remittance_item ri"
            + "   join remittance_line rl on rl.id = ri.line_id"
            + "   join remittance_run rr on rr.id = rl.run_id"
            + "   where ri.payment_id = u.payment_id and rr.status = 'APPROVED'))")
        .setParameter(1, BulkReads.uuidArray(creditorIds)).getResultList();
    Map<UUID, List<InvoiceLine>> lines = new HashMap<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      UUID paymentId = UUID.fromString(r[0].toString());
      FeeLine fee = new FeeLine(FeeKind.valueOf(r[2].toString()), r[3].toString(),
          r[4] == null ? null : Money.of((BigDecimal) r[4], EUR), (BigDecimal) r[5],
          Money.of((BigDecimal) r[6], EUR), (BigDecimal) r[7], Money.of((BigDecimal) r[8], EUR));
      lines.computeIfAbsent(UUID.fromString(r[12].toString()), k -> new ArrayList<>())
          .add(InvoiceLine.charged(InvoiceSource.FEE_BOOKING, paymentId,
              ((Number) r[1]).intValue(), fee, (String) r[11],
              paymentId.toString().substring(0, 8), !(Boolean) r[10],
              ((Date) r[9]).toLocalDate()));
    }
    return lines;
  }

  private List<InvoiceLine> certificateFees(UUID creditorId, VatRateTable vatRates) {
    List<?> rows = em.createNativeQuery("select cast(c.id as varchar), t.value_date, c.number,"
            + " f.external_reference,"
            + " (select coalesce(sum(e.amount), 0) from ledger_entry e where e.transaction_id ="
            + "   t.id and e.account = 'AGENCY_FEE_INCOME' and e.side = 'C'),"
            + " (select coalesce(sum(e.amount), 0) from ledger_entry e where e.transaction_id ="
            + "   t.id and e.account = 'VAT_PAYABLE' and e.side = 'C')"
            + " from ledger_transaction t join certificate c on c.id = t.source_id"
            + " join case_file f on f.id = c.case_id"
            + " where t.kind = 'CERTIFICATE_FEE' and t.source_type = 'Certificate'"
            + " and t.creditor_id = cast(?1 as uuid) and t.reverses_id is null"
            + " and not exists (select 1 from ledger_transaction x where x.reverses_id = t.id)"
            + " and not exists (select 1 from fee_invoice_line i where i.source_type ="
            + "   'CERTIFICATE' and i.source_id = c.id)")
        .setParameter(1, creditorId.toString()).getResultList();
    return rows.stream().map(r -> (Object[]) r).map(r -> {
      LocalDate on = ((Date) r[1]).toLocalDate();
      Money amount = Money.of((BigDecimal) r[4], EUR);
      Money vat = Money.of((BigDecimal) r[5], EUR);
      // The fee was assessed at the rate in force on its day (FeeCalculator.assessCertificate).
      BigDecimal rate = vat.isZero() ? BigDecimal.ZERO.setScale(2) : vatRates.percentOn(on);
      FeeLine fee = new FeeLine(FeeKind.CERTIFICATE_FEE, "Irrecoverability certificate", null,
          null, amount, rate, vat);
      return InvoiceLine.charged(InvoiceSource.CERTIFICATE, UUID.fromString(r[0].toString()), 0,
          fee, (String) r[3], r[2].toString(), false, on);
    }).toList();
  }

  private List<InvoiceLine> credits(UUID creditorId) {
    List<?> rows = em.createNativeQuery("select i.id, inv.number,"
            + " coalesce(t.value_date, cast(r.reversed_at as date))"
            + " from fee_invoice_line i join fee_invoice inv on inv.id = i.invoice_id"
            + " join fee_reversal r on r.payment_id = i.source_id"
            + " left join ledger_transaction t on t.id = r.ledger_transaction_id"
            + " where i.source_type = 'FEE_BOOKING' and inv.creditor_id = cast(?1 as uuid)"
            + " and not exists (select 1 from fee_invoice_line x where x.source_type ="
            + "   'FEE_REVERSAL' and x.source_id = i.source_id"
            + "   and x.source_position = i.source_position)")
        .setParameter(1, creditorId.toString()).getResultList();
    return rows.stream().map(r -> (Object[]) r).map(r -> em.find(FeeInvoiceLine.class,
            ((Number) r[0]).longValue()).line(EUR)
        .credited(r[1].toString(), ((Date) r[2]).toLocalDate())).toList();
  }
}
