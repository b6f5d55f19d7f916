/**
 * Dossiers (cases): the claims a creditor entrusts against one debtor, their lifecycle, evidence
 * and timeline; intake by form, API and file; the portfolio, scoped to the caller's creditor.
 */
package io.recova.agency.casefile;
