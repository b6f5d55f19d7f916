package io.recova.agency.casefile;

import java.time.Instant;
import java.time.LocalDate;

/** A timeline line as the API and the UI show it. */
public record TimelineEntry(
    Long id,
    Instant occurredAt,
    String actor,
    CaseEventKind kind,
    LocalDate legalDate,
    Stage fromStage,
    Stage toStage,
    String note,
    boolean internal) {}
