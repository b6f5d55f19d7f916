package io.recova.agency.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where intake finds the standard VAT rate in force on a day (reference data kept by an admin,
 * implemented by fee.VatRates): the interface lives here so that the case file does not depend on
 * the fees, which depend on it.
 */
public interface StandardVatRate {

  /** The standard rate in percent on the day, or empty when none was recorded that early. */
  Optional<BigDecimal> on(LocalDate day);

  /**
   * The same rates read once, for checking many claims: a file import asked {@link #on} for every
   * claim, one query each (issue 8). The result does not see rates recorded after this call.
   */
  default StandardVatRate readOnce() {
    return this;
  }
}
