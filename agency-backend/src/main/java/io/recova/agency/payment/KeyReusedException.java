package io.recova.agency.payment;

import io.recova.agency.platform.RecovaException;

/**
 * An idempotency key already used on the case for a payment with other content: nothing is
 * posted. 422, as the IETF Idempotency-Key draft proposes for a key reused with another payload.
 */
public class KeyReusedException extends RecovaException {

  public KeyReusedException(String message) {
    super("idempotencyKey.reused", message);
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String title() {
    return "Idempotency key reused";
  }
}
