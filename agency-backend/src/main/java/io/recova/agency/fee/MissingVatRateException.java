package io.recova.agency.fee;

import java.time.LocalDate;

/** No VAT rate is recorded for a day: an admin must record it rather than Recova guess it. */
public class MissingVatRateException extends IllegalStateException {

  private final LocalDate day;

  public MissingVatRateException(LocalDate day) {
    super("No VAT rate is recorded for " + day + ": an admin must record the rate in force");
    this.day = day;
  }

  public LocalDate day() {
    return day;
  }
}
