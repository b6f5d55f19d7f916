package io.recova.agency.invoice;

/** Where an invoice line comes from: what makes it unique, so no fee is invoiced twice. */
public enum InvoiceSource {
  /** A line of the fees booked on a payment (collected, or paid directly to the creditor). */
  FEE_BOOKING,
  /** The same line credited because its payment was reversed after it was invoiced. */
  FEE_REVERSAL,
  /** The certificate fee charged when an irrecoverability certificate was issued. */
  CERTIFICATE
}
