package io.recova.agency.certificate;

import io.recova.agency.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate as callers list it; the PDF is fetched on its own.
 *
 * @param amountUnpaid what remains unpaid including VAT, the amount the creditor writes off
 * @param cancelled true once cancelled; {@code replacedBy} then names its replacement
 */
public record CertificateView(
    UUID id,
    String number,
    UUID caseId,
    String caseReference,
    String debtorName,
    IrrecoverabilityReason reason,
    Money amountInclVat,
    Money amountUnpaid,
    LocalDate issuedOn,
    Instant issuedAt,
    String issuedBy,
    String sha256,
    String replaces,
    boolean cancelled,
    Instant cancelledAt,
    String cancelledBy,
    String cancellationReason,
    String replacedBy) {}
