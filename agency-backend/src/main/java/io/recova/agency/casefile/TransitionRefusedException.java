package io.recova.agency.casefile;

import io.recova.agency.platform.RecovaException;

/** A case was asked to move to a stage its lifecycle or a guard does not allow now. */
public class TransitionRefusedException extends RecovaException {

  private final String reason;

  public TransitionRefusedException(String code, String reason) {
    super(code, reason);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Transition refused";
  }
}
