package io.recova.agency.remittance;

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
 */
public record RemittanceStatement(UUID runId, LocalDate periodEnd, RemittanceRun.Status status,
    Instant approvedAt, RemittanceLineView line, List<Entry> entries) {

  /** @param fees null for a payment that bore no fee booking */
  public record Entry(RemittedPaymentView payment, FeeBookingView fees) {}

  public RemittanceStatement {
    entries = List.copyOf(entries);
  }
}
