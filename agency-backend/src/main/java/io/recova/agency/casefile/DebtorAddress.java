package io.recova.agency.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One postal address of a debtor, in the order the agency should try them. */
@Embeddable
public class DebtorAddress {

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "line1", nullable = false)
  private String line1;

  @Column(name = "line2")
  private String line2;

  @Column(name = "postal_code", nullable = false)
  private String postalCode;

  @Column(name = "city", nullable = false)
  private String city;

  @Column(name = "country_code", nullable = false)
  private String countryCode;

  protected DebtorAddress() {}

  DebtorAddress(int position, PostalAddress a) {
    this.position = position;
    this.line1 = a.line1().strip();
    this.line2 = a.line2() == null || a.line2().isBlank() ? null : a.line2().strip();
    this.postalCode = a.postalCode().strip();
    this.city = a.city().strip();
    this.countryCode = NewCaseRules.countryOf(a);
  }

  public PostalAddress toAddress() {
    return new PostalAddress(line1, line2, postalCode, city, countryCode);
  }

  int position() {
    return position;
  }
}
