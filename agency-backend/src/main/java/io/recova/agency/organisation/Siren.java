package io.recova.agency.organisation;

import java.util.Objects;

/**
 * A SIREN, the 9-digit identifier of a French business in the national register (INSEE). Its last
 * digit is a Luhn check digit, which catches a mistyped or swapped digit.
 */
public final class Siren {

  private final String value;

  private Siren(String value) {
    this.value = value;
  }

  /**
   * Parses a SIREN as people type it ("552 100 554" is accepted).
   *
   * @throws IllegalArgumentException when it is not nine digits or its check digit is wrong
   */
  public static Siren parse(String text) {
    String digits = text == null ? "" : text.replaceAll("[\\s\\p{Z}.]", "");
    if (!digits.matches("\\d{9}")) {
      throw new IllegalArgumentException("A SIREN has exactly nine digits: " + text);
    }
    if (!passesLuhn(digits)) {
      throw new IllegalArgumentException("SIREN check digit does not match: " + digits);
    }
    return new Siren(digits);
  }

  /** Luhn (mod 10): double every second digit from the right, sum the digits, divisible by 10. */
  static boolean passesLuhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Siren other && value.equals(other.value);
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
