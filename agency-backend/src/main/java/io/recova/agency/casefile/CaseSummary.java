package io.recova.agency.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A case as a line of the portfolio. */
public record CaseSummary(
    UUID id,
    UUID creditorId,
    String externalReference,
    String debtorName,
    DebtorKind debtorKind,
    Stage stage,
    String assignedCollector,
    BigDecimal principal,
    String currency,
    LocalDate earliestDueDate,
    LocalDate limitationDate,
    int claimCount,
    Instant openedAt) {}
