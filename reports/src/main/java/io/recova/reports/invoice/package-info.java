/** The fee invoice and credit note as PDFs (JasperReports), French and English. */
package io.recova.reports.invoice;
