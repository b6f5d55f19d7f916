package io.recova.agency.valuation;

import io.recova.agency.platform.RecovaException;
import java.time.LocalDate;

/** No reference rate is known for a day (e.g. a half-year whose rate is not published yet). */
public class MissingRateException extends RecovaException {

  public MissingRateException(LocalDate day) {
    super("rate-missing", "No interest rate is recorded for " + day + "; an admin must enter it");
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Reference rate missing";
  }
}
