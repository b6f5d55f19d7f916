package io.recova.agency.platform;

/** A service Recova depends on (the mail server, say) did not do its part; nothing was kept. */
public class UnavailableException extends RecovaException {

  public UnavailableException(String code, String message) {
    super(code, message);
  }

  @Override
  public int status() {
    return 503;
  }

  @Override
  public String title() {
    return "Service unavailable";
  }
}
