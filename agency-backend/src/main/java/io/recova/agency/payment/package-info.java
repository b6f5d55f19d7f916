/**
 * Payments received on a case, behind {@link io.recova.agency.payment.CasePayments}: the seam the
 * payment plan and settlement tracking read through until the payments and the trust ledger
 * arrive.
 */
package io.recova.agency.payment;
