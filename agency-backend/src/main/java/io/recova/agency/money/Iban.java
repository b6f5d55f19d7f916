package io.recova.agency.money;

import java.util.Objects;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * An International Bank Account Number (ISO 13616), checked on construction: country format,
 * length and the mod-97 check digits. Stored and compared in electronic form (upper case, no
 * spaces); printed in groups of four.
 */
public final class Iban {

  private final String value;

  private Iban(String value) {
    this.value = value;
  }

  /**
   * Parses an IBAN as people type it (spaces, lower case accepted).
   *
   * @throws InvalidIbanException with a reason a user can act on
   */
  public static Iban parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidIbanException(InvalidIbanException.Reason.MISSING, "IBAN is required");
    }
    String electronic = text.replaceAll("[\\s\\p{Z}-]", "").toUpperCase(java.util.Locale.ROOT);
    try {
      IbanUtil.validate(electronic);
    } catch (InvalidCheckDigitException e) {
      throw new InvalidIbanException(
          InvalidIbanException.Reason.CHECKSUM, "IBAN check digits do not match: " + electronic);
    } catch (UnsupportedCountryException e) {
      throw new InvalidIbanException(
          InvalidIbanException.Reason.COUNTRY, "IBAN country is not supported: " + electronic);
    } catch (IbanFormatException e) {
      throw new InvalidIbanException(
          InvalidIbanException.Reason.FORMAT, "IBAN is malformed: " + e.getMessage());
    }
    return new Iban(electronic);
  }

  /** The electronic form: upper case, no spaces. */
  public String value() {
    return value;
  }

  /** ISO 3166 country code of the account's bank. */
  public String countryCode() {
    return value.substring(0, 2);
  }

  /** Grouped by four characters, as printed on paper. */
  public String forPrint() {
    return value.replaceAll("(.{4})(?!$)", "$1 ");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Iban other && value.equals(other.value);
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
