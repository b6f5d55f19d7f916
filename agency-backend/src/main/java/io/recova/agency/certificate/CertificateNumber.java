package io.recova.agency.certificate;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of an irrecoverability certificate, {@code CI-2026-00001}: the year of issue and a
 * sequence that restarts each year without gaps, so that the creditor's accountant and a tax
 * inspector can see that none is missing.
 */
public record CertificateNumber(int year, int sequence) {

  private static final Pattern FORMAT = Pattern.compile("CI-(\\d{4})-(\\d{5,})");

  public CertificateNumber {
    if (year < 2000 || year > 9999) {
      throw new IllegalArgumentException("A certificate's year has four digits: " + year);
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("Certificates are numbered from 1: " + sequence);
    }
  }

  /** @throws IllegalArgumentException when the text is not a certificate number */
  public static CertificateNumber parse(String text) {
    Matcher m = FORMAT.matcher(Objects.requireNonNull(text, "text"));
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a certificate number: " + text);
    }
    return new CertificateNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  @Override
  public String toString() {
    return String.format("CI-%d-%05d", year, sequence);
  }
}
