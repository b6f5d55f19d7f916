package io.recova.agency.remittance;

import io.recova.agency.security.Caller;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Fired, synchronously and inside the approving transaction, once a run is approved and its
 * payments are in the ledger: what follows from the approval (the fee invoices) happens in the
 * same transaction, and fails it if it fails.
 *
 * @param approvedOn the day of the approval: the remittance's date
 */
public record RemittanceApproved(UUID runId, LocalDate periodEnd, LocalDate approvedOn,
    List<Line> lines, Caller actor) {

  /** One creditor's line of the run. */
  public record Line(UUID lineId, UUID creditorId) {}

  public RemittanceApproved {
    lines = List.copyOf(lines);
  }
}
