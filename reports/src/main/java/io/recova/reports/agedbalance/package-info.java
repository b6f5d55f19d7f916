/**
 * The aged balance as a PDF (issue 7): the same figures as {@code /api/v1/aged-balance} and the
 * dashboards, printed for a manager or a creditor.
 */
package io.recova.reports.agedbalance;
