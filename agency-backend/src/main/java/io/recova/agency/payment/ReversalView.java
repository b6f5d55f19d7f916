package io.recova.agency.payment;

import java.time.Instant;
import java.util.UUID;

/** A payment's reversal as the API shows it. */
public record ReversalView(UUID id, ReversalReason reason, String note, String reversedBy,
    Instant reversedAt, UUID ledgerTransactionId) {}
