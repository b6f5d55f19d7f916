package io.recova.agency.casefile;

import java.util.UUID;

/**
 * Something happened on one of a creditor's cases (a payment posted or reversed, an action logged,
 * a stage move): a CDI event fired in the change's transaction, for whoever shows that creditor's
 * figures live (the portal's push). Observers that must not see a change that rolled back observe
 * it {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record PortfolioChanged(UUID creditorId, UUID caseId) {}
