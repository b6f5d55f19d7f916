package io.recova.agency.platform;

/** The request contradicts what is already recorded (e.g. a reference reused for other content). */
public class ConflictException extends RecovaException {

  public ConflictException(String code, String message) {
    super(code, message);
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Conflict";
  }
}
