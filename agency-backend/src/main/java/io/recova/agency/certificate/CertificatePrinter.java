package io.recova.agency.certificate;

/**
 * Turns a certificate into a PDF. The reports module provides the implementation; the backend
 * gathers what the certificate says and keeps the PDF it was issued as.
 */
public interface CertificatePrinter {

  /** The certificate as a PDF, in its language. */
  byte[] render(CertificateContent certificate);
}
