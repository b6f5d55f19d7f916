/**
 * The remittance statement PDF (relevé de reversement): what a remittance run pays one creditor,
 * every payment with its case and the fee lines booked on it, and how the amount paid follows from
 * the funds held (CPCE R124-5 and R124-6).
 */
package io.recova.reports.remittance;
