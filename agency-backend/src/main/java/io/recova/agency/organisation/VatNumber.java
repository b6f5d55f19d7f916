package io.recova.agency.organisation;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A French intra-Community VAT number (numéro de TVA intracommunautaire), {@code FR} followed by
 * a two-digit key and the SIREN. The key is {@code (12 + 3 × (SIREN mod 97)) mod 97} (the
 * algorithm the DGFiP publishes, reproduced by every French accounting package), so the number of
 * a French business can be derived from its SIREN and a typed number checked against it.
 */
public final class VatNumber {

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private final String value;

  private VatNumber(String value) {
    this.value = value;
  }

  /** The French VAT number of the business with this SIREN. */
  public static VatNumber of(Siren siren) {
    int mod = new BigInteger(siren.value()).mod(NINETY_SEVEN).intValue();
    int key = (12 + 3 * mod) % 97;
    return new VatNumber(String.format("FR%02d%s", key, siren.value()));
  }

  /**
   * Parses a French VAT number as people type it ("FR 96 552 100 554" is accepted).
   *
   * @throws IllegalArgumentException when it is not FR, two digits and a valid SIREN, or when its
   *     key does not match the SIREN
   */
  public static VatNumber parse(String text) {
    String compact = text == null ? "" : text.replaceAll("[\\s\\p{Z}.]", "").toUpperCase();
    if (!compact.matches("FR\\d{11}")) {
      throw new IllegalArgumentException(
          "A French VAT number is FR, a two-digit key and the SIREN: " + text);
    }
    VatNumber expected = of(Siren.parse(compact.substring(4)));
    if (!expected.value.equals(compact)) {
      throw new IllegalArgumentException("VAT number key does not match the SIREN: " + text);
    }
    return expected;
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VatNumber other && value.equals(other.value);
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
