package io.recova.agency.platform;

import java.util.List;

/** A command was rejected because one or more of its fields are invalid; nothing was stored. */
public class InvalidInputException extends RecovaException {

  private final List<FieldViolation> violations;

  public InvalidInputException(List<FieldViolation> violations) {
    super("invalid-input", "The request has " + violations.size() + " invalid field(s)");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String title() {
    return "Invalid input";
  }
}
