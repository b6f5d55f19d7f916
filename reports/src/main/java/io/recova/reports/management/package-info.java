/**
 * The managers' fee and remittance report as documents: a PDF (JasperReports) and a spreadsheet
 * (XLSX, with real numbers), each with one table per grouping (creditor, collector, month) and its
 * totals, in French or English; and {@code GET /api/v1/reports/fees-and-remittances}, which
 * serves either by the {@code Accept} header or the {@code .pdf} / {@code .xlsx} suffix. The
 * figures are {@link io.recova.agency.reporting.FeesAndRemittances}'s, never worked out here.
 */
package io.recova.reports.management;
