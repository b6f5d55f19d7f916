package io.recova.agency.platform.rest;

import io.recova.agency.platform.RecovaException;

/** A request body over the configured limit; nothing of it was processed. */
public class PayloadTooLargeException extends RecovaException {

  public PayloadTooLargeException(long limit) {
    super("payload-too-large", "The request body exceeds the limit of " + limit + " bytes");
  }

  @Override
  public int status() {
    return 413;
  }

  @Override
  public String title() {
    return "Payload too large";
  }
}
