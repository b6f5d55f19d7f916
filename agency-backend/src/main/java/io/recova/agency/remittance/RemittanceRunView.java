package io.recova.agency.remittance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A remittance run as the API shows it; a client user sees its own creditor's line only.
 *
 * @param creditorId the creditor the manager named, or null for every creditor due
 */
public record RemittanceRunView(UUID id, LocalDate periodEnd, UUID creditorId,
    RemittanceRun.Status status, String preparedBy, Instant preparedAt, String approvedBy,
    Instant approvedAt, List<RemittanceLineView> lines) {}
