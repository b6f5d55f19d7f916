package io.recova.agency.dispute;

import java.util.List;
import java.util.UUID;

/**
 * What the debtor contests, as the collector records it.
 *
 * @param documentIds evidence the debtor gave, already added to the case's documents
 */
public record NewDispute(DisputeReason reason, String details, List<UUID> documentIds) {}
