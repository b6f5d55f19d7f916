package io.recova.agency.invoice;

import java.util.Locale;

/**
 * Turns a fee invoice into a PDF. The reports module provides the implementation; the backend
 * gathers what the invoice says and keeps the PDFs it was issued as.
 */
public interface FeeInvoicePrinter {

  /** The invoice as a PDF, in French or English. */
  byte[] render(FeeInvoiceContent invoice, Locale language);
}
