package io.recova.agency.payment;

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
 */
public record PaymentView(UUID id, UUID caseId, Money amount, PaymentMethod method,
    LocalDate valueDate, UUID designatedClaimId, String reference, String recordedBy,
    Instant recordedAt, Money held, boolean overpayment, Status status, ReversalView reversal,
    UUID ledgerTransactionId) {

  public enum Status {
    RECEIVED,
    REVERSED
  }
}
