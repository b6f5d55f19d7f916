package io.recova.agency.platform;

/** The caller is known but its role does not allow the operation. */
public class ForbiddenException extends RecovaException {

  public ForbiddenException(String message) {
    super("forbidden", message);
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String title() {
    return "Forbidden";
  }
}
