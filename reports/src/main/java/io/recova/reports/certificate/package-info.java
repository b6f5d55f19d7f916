/** The irrecoverability certificate as a PDF (JasperReports), French and English. */
package io.recova.reports.certificate;
