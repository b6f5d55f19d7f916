package io.recova.agency.platform;

/**
 * The thing asked for does not exist, or exists but belongs to another creditor: the two are
 * deliberately indistinguishable so that a client user learns nothing about other tenants.
 */
public class NotFoundException extends RecovaException {

  public NotFoundException(String what, Object id) {
    super("not-found", what + " " + id + " was not found");
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Not found";
  }
}
