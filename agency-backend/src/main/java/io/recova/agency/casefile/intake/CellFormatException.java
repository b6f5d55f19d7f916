package io.recova.agency.casefile.intake;

/**
 * A cell whose text cannot be read as the value its column holds. It carries the stable problem
 * code and a reason meant for the creditor, without the row and column, which the caller knows.
 */
final class CellFormatException extends RuntimeException {

  private final String code;

  CellFormatException(String code, String reason) {
    super(reason, null, false, false);
    this.code = code;
  }

  String code() {
    return code;
  }
}
