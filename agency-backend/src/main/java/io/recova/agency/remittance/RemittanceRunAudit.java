package io.recova.agency.remittance;

import io.recova.agency.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the audit trail keeps of a run when it is prepared or approved: each line's figures and how
 * many payments it pays, not the payments. The payments a line pays are its items, kept with the
 * run; a run of 123,432 payments written twice into one audit event (before and after) made an
 * approval run out of a 1 GiB heap (issue 8).
 */
public record RemittanceRunAudit(UUID id, LocalDate periodEnd, UUID creditorId,
    RemittanceRun.Status status, String preparedBy, Instant preparedAt, String approvedBy,
    Instant approvedAt, List<Line> lines) {

  /** One creditor's line: its figures, the number of payments it pays and its ledger posting. */
  public record Line(UUID creditorId, String creditorName, String iban, String bic,
      Money payable, Money uncleared, Money heldForDebtors, Money feesNetted, Money costsNetted,
      Money reclaimedNetted, Money reclaimOutstanding, Money amount, int payments,
      int latePayments, UUID ledgerTransactionId) {}

  static RemittanceRunAudit of(RemittanceRunView run) {
    return new RemittanceRunAudit(run.id(), run.periodEnd(), run.creditorId(), run.status(),
        run.preparedBy(), run.preparedAt(), run.approvedBy(), run.approvedAt(),
        run.lines().stream().map(l -> new Line(l.creditorId(), l.creditorName(), l.iban(),
            l.bic(), l.payable(), l.uncleared(), l.heldForDebtors(), l.feesNetted(),
            l.costsNetted(), l.reclaimedNetted(), l.reclaimOutstanding(), l.amount(),
            l.paymentCount(), l.latePayments(), l.ledgerTransactionId())).toList());
  }
}
