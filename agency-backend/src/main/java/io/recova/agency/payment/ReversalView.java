package io.recova.agency.payment;

import io.recova.agency.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment's reversal as the API shows it.
 *
 * @param advancedByAgency what the agency put into the trust account from its own funds because
 *     the payment's money had been remitted already (zero otherwise)
 * @param reclaimedFromCreditor what the creditor was paid in excess and owes back: deducted from
 *     its next remittance
 * @param refundedToCreditor fees or costs the creditor had paid on the payment and gets back
 * @param reclaimTransactionId the ledger transaction of those three, null when there were none
 */
public record ReversalView(UUID id, ReversalReason reason, String note, String reversedBy,
    Instant reversedAt, UUID ledgerTransactionId, Money advancedByAgency,
    Money reclaimedFromCreditor, Money refundedToCreditor, UUID reclaimTransactionId) {}
