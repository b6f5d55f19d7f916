package io.recova.bench;

import io.recova.agency.fee.FeeLine;
import io.recova.agency.invoice.InvoiceLine;
import io.recova.agency.invoice.InvoiceSource;
import io.recova.agency.money.Money;
import io.recova.agency.remittance.RemittanceFigures;
import io.recova.agency.remittance.RemittanceMovements;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The approved monthly remittance runs of the past, computed from the generated payments as the
 * application's Remittances would have computed them at each month's end: per creditor, what the
 * payments cleared by then and not yet remitted left in its payable (their amount less the fees
 * and VAT taken from them). The months before {@code lastRemitted} are remitted; the later ones
 * stay open for the benchmark's own run.
 */
final class RemittanceHistory {

  /**
   * A payment as the remittance sees it: what it left for the creditor, when it cleared, and the
   * fee lines charged on it, which the invoice issued with its remittance covers.
   */
  record Collected(UUID paymentId, String caseReference, LocalDate valueDate, LocalDate cleared,
      Money amount, Money net, List<FeeLine> fees) {}

  private final Map<Creditors.Creditor, List<Collected>> byCreditor = new LinkedHashMap<>();

  void add(Creditors.Creditor creditor, UUID paymentId, String caseReference,
      LocalDate valueDate, LocalDate cleared, Money amount, Money net, List<FeeLine> fees) {
    byCreditor.computeIfAbsent(creditor, c -> new ArrayList<>()).add(new Collected(paymentId,
        caseReference, valueDate, cleared, amount, net, List.copyOf(fees)));
  }

  /**
   * Writes one approved run per month end from the first payment's month to {@code lastRemitted},
   * its lines, items and ledger transactions, the fee invoices it issued, and their audit
   * events.
   *
   * @return the number of runs written
   */
  int write(YearMonth lastRemitted, Dice dice, Tables tables, LedgerWriter ledger,
      AuditWriter audit) {
    YearMonth first = byCreditor.values().stream().flatMap(List::stream)
        .map(c -> YearMonth.from(c.cleared())).min(Comparator.naturalOrder()).orElse(null);
    if (first == null) {
      return 0;
    }
    Map<Creditors.Creditor, Integer> remittedUpTo = new HashMap<>();
    byCreditor.forEach((creditor, list) -> {
      list.sort(Comparator.comparing(Collected::cleared));
      remittedUpTo.put(creditor, 0);
    });
    HistoricalInvoices invoices = new HistoricalInvoices(dice, tables, audit);
    int runs = 0;
    for (YearMonth month = first; !month.isAfter(lastRemitted); month = month.plusMonths(1)) {
      LocalDate periodEnd = month.atEndOfMonth();
      UUID run = dice.uuid();
      var preparedAt = Creditors.Clock.at(periodEnd.plusDays(1), dice);
      var approvedAt = preparedAt.plusSeconds(3600);
      tables.remittanceRun.row(run, periodEnd, null, "APPROVED", "manager", preparedAt,
          "manager", approvedAt);
      for (var entry : byCreditor.entrySet()) {
        Creditors.Creditor creditor = entry.getKey();
        List<Collected> list = entry.getValue();
        int from = remittedUpTo.get(creditor);
        int to = from;
        Money amount = Money.zero(io.recova.agency.mandate.FeeSchedule.EUR);
        while (to < list.size() && !list.get(to).cleared().isAfter(periodEnd)) {
          amount = amount.plus(list.get(to).net());
          to++;
        }
        if (to == from) {
          continue;
        }
        remittedUpTo.put(creditor, to);
        // Received by the period end but not cleared yet: in the payable, held back this time.
        Money uncleared = Money.zero(amount.currency());
        for (Collected c : list.subList(to, list.size())) {
          if (!c.valueDate().isAfter(periodEnd)) {
            uncleared = uncleared.plus(c.net());
          }
        }
        UUID line = dice.uuid();
        Money zero = Money.zero(amount.currency());
        RemittanceFigures figures = new RemittanceFigures(amount.plus(uncleared), uncleared, zero,
            zero, zero, zero, zero, amount, List.of(), List.of());
        UUID transaction = RemittanceMovements.paid(creditor.id(), figures.payout(), periodEnd,
                "Remittance of " + periodEnd + " to " + creditor.name())
            .map(m -> ledger.post(m, "Remittance", line, null, approvedAt, "manager"))
            .orElse(null);
        // What the line's payments add up to: the generated payments repay no costs.
        Money collected = zero;
        for (Collected c : list.subList(from, to)) {
          collected = collected.plus(c.amount());
        }
        tables.remittanceLine.row(line, run, creditor.id(), creditor.name(), creditor.iban(),
            Creditors.BIC, figures.payable().amount(), uncleared.amount(), zero.amount(),
            zero.amount(),
            amount.amount(), amount.currency().getCurrencyCode(), transaction, zero.amount(),
            to - from, 0, collected.amount(), collected.minus(amount).amount(), zero.amount());
        List<InvoiceLine> charged = new ArrayList<>();
        for (Collected c : list.subList(from, to)) {
          tables.remittanceItem.row(line, c.paymentId(), false);
          for (int i = 0; i < c.fees().size(); i++) {
            charged.add(InvoiceLine.charged(InvoiceSource.FEE_BOOKING, c.paymentId(), i,
                c.fees().get(i), c.caseReference(), c.paymentId().toString().substring(0, 8),
                false, c.valueDate()));
          }
        }
        invoices.issue(creditor, run, periodEnd, approvedAt, charged);
      }
      audit.record(approvedAt, "manager", "remittance.approved", "RemittanceRun", run, null,
          Map.of("periodEnd", periodEnd.toString(), "status", "APPROVED"));
      runs++;
    }
    invoices.writeCounters();
    System.out.printf("%,d fee invoices issued by the past runs%n", invoices.written());
    return runs;
  }
}
