package io.recova.agency.money;

import java.util.Locale;
import java.util.Objects;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.UnsupportedCountryException;

/** A Business Identifier Code (ISO 9362) of 8 or 11 characters, checked on construction. */
public final class Bic {

  private final String value;

  private Bic(String value) {
    this.value = value;
  }

  /**
   * @throws IllegalArgumentException when the text is not a well-formed BIC
   */
  public static Bic parse(String text) {
    String normalized =
        text == null ? "" : text.replaceAll("[\\s\\p{Z}]", "").toUpperCase(Locale.ROOT);
    try {
      BicUtil.validate(normalized);
    } catch (BicFormatException | UnsupportedCountryException e) {
      throw new IllegalArgumentException("BIC is malformed: " + e.getMessage(), e);
    }
    return new Bic(normalized);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bic other && value.equals(other.value);
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
