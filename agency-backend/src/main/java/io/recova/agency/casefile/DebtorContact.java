package io.recova.agency.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An email address or phone number of a debtor. */
@Embeddable
public class DebtorContact {

  /** Whether the value is an email address or a phone number. */
  public enum Kind {
    EMAIL,
    PHONE
  }

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "channel", nullable = false)
  private String channel;

  @Column(name = "value", nullable = false)
  private String value;

  protected DebtorContact() {}

  DebtorContact(int position, Kind kind, String value) {
    this.position = position;
    this.channel = kind.name();
    this.value = value.strip();
  }

  public Kind kind() {
    return Kind.valueOf(channel);
  }

  public String value() {
    return value;
  }

  int position() {
    return position;
  }
}
