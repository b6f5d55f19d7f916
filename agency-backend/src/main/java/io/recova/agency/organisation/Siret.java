package io.recova.agency.organisation;

import java.util.Objects;

/**
 * A SIRET, the 14-digit identifier of one establishment of a French business: its SIREN followed
 * by a 5-digit establishment number (NIC). The whole number passes the Luhn check, except for La
 * Poste's establishments (SIREN 356 000 000), whose digits add up to a multiple of 5 instead.
 */
public final class Siret {

  private static final String LA_POSTE = "356000000";

  private final String value;

  private Siret(String value) {
    this.value = value;
  }

  /**
   * Parses a SIRET as people type it ("552 100 554 00013" is accepted).
   *
   * @throws IllegalArgumentException when it is not fourteen digits or fails its check
   */
  public static Siret parse(String text) {
    String digits = text == null ? "" : text.replaceAll("[\\s\\p{Z}.]", "");
    if (!digits.matches("\\d{14}")) {
      throw new IllegalArgumentException("A SIRET has exactly fourteen digits: " + text);
    }
    boolean valid =
        digits.startsWith(LA_POSTE) ? digitSum(digits) % 5 == 0 : Siren.passesLuhn(digits);
    if (!valid) {
      throw new IllegalArgumentException("SIRET check digit does not match: " + digits);
    }
    return new Siret(digits);
  }

  private static int digitSum(String digits) {
    return digits.chars().map(c -> c - '0').sum();
  }

  /** The business the establishment belongs to. */
  public Siren siren() {
    return Siren.parse(value.substring(0, 9));
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Siret other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
