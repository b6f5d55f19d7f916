package io.recova.agency.dispute;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A dispute as the agency and the creditor see it. */
public record DisputeView(
    UUID id,
    UUID caseId,
    UUID creditorId,
    String caseReference,
    String debtorName,
    DisputeReason reason,
    String details,
    List<UUID> documentIds,
    DisputeStatus status,
    String openedBy,
    Instant openedAt,
    CreditorPosition creditorPosition,
    String creditorAnswer,
    String answeredBy,
    Instant answeredAt,
    DisputeOutcome outcome,
    String resolutionNote,
    String resolvedBy,
    Instant resolvedAt) {}
