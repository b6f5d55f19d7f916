package io.recova.agency.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * An activity as the API and the UI show it.
 *
 * @param internal a note private to the agency, never shown to the creditor
 */
public record ActivityView(
    UUID id,
    UUID caseId,
    ActivityKind kind,
    ActivityOutcome outcome,
    Instant occurredAt,
    String author,
    String summary,
    boolean internal) {}
