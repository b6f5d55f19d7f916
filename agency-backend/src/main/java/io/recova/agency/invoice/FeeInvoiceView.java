package io.recova.agency.invoice;

import io.recova.agency.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A fee invoice as the API and the portal show it.
 *
 * @param settledBySetOff what the remittance of {@code runId} settled (negative for a credit note)
 * @param amountDue what the creditor still owes under it, by {@code dueOn}
 * @param sha256Fr the fingerprint of the French PDF, the original
 */
public record FeeInvoiceView(UUID id, String number, FeeInvoice.Kind kind, UUID creditorId,
    String creditorName, UUID runId, LocalDate issuedOn, LocalDate serviceFrom,
    LocalDate serviceTo, Money totalExclVat, Money totalVat, Money totalInclVat,
    Money settledBySetOff, Money amountDue, LocalDate dueOn, Instant issuedAt, String issuedBy,
    String sha256Fr, String sha256En) {}
