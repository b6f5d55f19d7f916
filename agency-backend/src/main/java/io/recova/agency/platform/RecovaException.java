package io.recova.agency.platform;

/**
 * Root of Recova's business errors. Each subclass says what went wrong in terms a user can act on;
 * the REST layer maps the whole family once to {@code application/problem+json}.
 */
public abstract class RecovaException extends RuntimeException {

  private final String code;

  protected RecovaException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** A stable, machine-readable code (also the resource-bundle key suffix for the UI). */
  public String code() {
    return code;
  }

  /** The HTTP status this error stands for. */
  public abstract int status();

  /** A short human-readable summary of the kind of problem. */
  public abstract String title();
}
