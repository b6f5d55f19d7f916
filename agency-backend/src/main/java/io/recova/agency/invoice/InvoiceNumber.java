package io.recova.agency.invoice;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a fee invoice or credit note, {@code FA-2026-00001}: the year of issue and a
 * sequence that restarts each year without gaps (CGI 242 nonies A I 7°: "un numéro unique basé
 * sur une séquence chronologique et continue"; BOI-TVA-DECLA-30-20-20-10 allows it to restart
 * each year when the year is part of the number).
 */
public record InvoiceNumber(int year, int sequence) {

  private static final Pattern FORMAT = Pattern.compile("FA-(\\d{4})-(\\d{5,})");

  public InvoiceNumber {
    if (year < 2000 || year > 9999) {
      throw new IllegalArgumentException("An invoice's year has four digits: " + year);
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("Invoices are numbered from 1: " + sequence);
    }
  }

  /** @throws IllegalArgumentException when the text is not an invoice number */
  public static InvoiceNumber parse(String text) {
    Matcher m = FORMAT.matcher(Objects.requireNonNull(text, "text"));
    if (!m.matches()) {
      throw new IllegalArgumentException("Not an invoice number: " + text);
    }
    return new InvoiceNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * The number after this one, issued on a day of {@code year}: the next in the same year, or
   * the first of a new year.
   */
  public InvoiceNumber next(int issueYear) {
    if (issueYear < year) {
      throw new IllegalArgumentException("Invoices are issued in date order: " + issueYear
          + " comes before " + this);
    }
    return issueYear == year ? new InvoiceNumber(year, sequence + 1)
        : new InvoiceNumber(issueYear, 1);
  }

  @Override
  public String toString() {
    return String.format("FA-%d-%05d", year, sequence);
  }
}
