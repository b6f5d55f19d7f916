package io.recova.agency.activity;

import io.recova.agency.platform.RecovaException;

/** A contact the policy does not allow now; the message says why. */
public class ContactRefusedException extends RecovaException {

  public ContactRefusedException(ContactRefusal refusal) {
    super(refusal.code(), refusal.reason());
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Contact refused";
  }
}
