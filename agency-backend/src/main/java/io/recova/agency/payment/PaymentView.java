package io.recova.agency.payment;

import io.recova.agency.fee.FeeBookingView;
import io.recova.agency.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment as the API shows it.
 *
 * @param held what the payment paid beyond the balance due when posted: held on the case, never
 *     lost (DOMAIN D3)
 * @param overpayment true when something is held
 * @param reversal the reversal, when the payment was reversed
 * @param fees the fees booked on the payment when it was collected (null for a payment in a
 *     currency the mandate charges no fee in)
 */
public record PaymentView(UUID id, UUID caseId, Money amount, PaymentMethod method,
    LocalDate valueDate, UUID designatedClaimId, String reference, String recordedBy,
    Instant recordedAt, Money held, boolean overpayment, Status status, ReversalView reversal,
    UUID ledgerTransactionId, FeeBookingView fees) {

  public enum Status {
    RECEIVED,
    REVERSED
  }
}
