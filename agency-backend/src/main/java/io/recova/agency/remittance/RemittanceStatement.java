package io.recova.agency.remittance;

import io.recova.agency.cost.CostView;
import io.recova.agency.fee.FeeBookingView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a creditor's remittance statement says: the line of the run that pays it, and every
 * payment it pays with its case and the fee lines booked on it.
 *
 * @param approvedAt null while the run is a draft (a manager's preview)
 * @param costs the costs advanced by the agency and re-billed to the creditor at cost since its
 *     previous remittance, through the period end: what the line's {@code costsNetted} deducts
 *     (up to what the funds allowed; the rest waits for the next remittance)
 * @param reclaims the payments reversed after their funds were remitted (returned by the bank)
 *     whose funds the creditor still owed back when the line was prepared: what the line's
 *     {@code reclaimedNetted} recovers of each, the rest waiting for a later remittance
 */
public record RemittanceStatement(UUID runId, LocalDate periodEnd, RemittanceRun.Status status,
    Instant approvedAt, RemittanceLineView line, List<Entry> entries, List<CostView> costs,
    List<ReclaimsNetted.Open> reclaims) {

  /** @param fees null for a payment that bore no fee booking */
  public record Entry(RemittedPaymentView payment, FeeBookingView fees) {}

  public RemittanceStatement {
    entries = List.copyOf(entries);
    costs = List.copyOf(costs);
    reclaims = List.copyOf(reclaims);
  }
}
