/**
 * The mandate summary of a creditor client: its data, the report that renders it to PDF and its
 * REST download.
 */
package io.recova.reports.mandate;
