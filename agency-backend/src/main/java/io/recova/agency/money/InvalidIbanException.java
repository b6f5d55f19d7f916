package io.recova.agency.money;

/** An IBAN that cannot be a real account number; {@link #reason()} says why. */
public class InvalidIbanException extends IllegalArgumentException {

  /** Why an IBAN was refused, in the words a form can show. */
  public enum Reason {
    MISSING,
    FORMAT,
    COUNTRY,
    CHECKSUM
  }

  private final Reason reason;

  public InvalidIbanException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
