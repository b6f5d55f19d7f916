package io.recova.agency.payment;

import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import java.util.List;

/**
 * The client's name for one payment post ({@code Idempotency-Key} header): a retry with the same
 * key and the same content counts once. Any printable text up to 200 characters (a UUID is
 * typical).
 */
public record IdempotencyKey(String value) {

  static final int MAX_LENGTH = 200;

  public IdempotencyKey {
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH
        || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
      throw new InvalidInputException(List.of(new FieldViolation("Idempotency-Key",
          "idempotencyKey.invalid", "Send an Idempotency-Key header: 1 to " + MAX_LENGTH
              + " printable ASCII characters without spaces, e.g. a UUID, the same on every"
              + " retry of this payment")));
    }
  }
}
