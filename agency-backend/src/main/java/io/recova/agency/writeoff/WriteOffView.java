package io.recova.agency.writeoff;

import io.recova.agency.certificate.IrrecoverabilityReason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request to close a case as irrecoverable, as callers read it.
 *
 * @param certificateNumber the certificate issued on approval, or null
 */
public record WriteOffView(
    UUID id,
    String reference,
    UUID caseId,
    String caseReference,
    String debtorName,
    IrrecoverabilityReason reason,
    List<UUID> evidenceDocumentIds,
    String note,
    WriteOffStatus status,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    String certificateNumber) {}
