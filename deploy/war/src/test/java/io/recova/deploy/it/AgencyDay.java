package io.recova.deploy.it;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The agency's day as the server counts it (its clock is in Europe/Paris by default): the test
 * machine's own zone may be UTC, and for an hour or two around midnight the two give different
 * days, so a payment dated "today" on one side landed before a cost dated "today" on the other.
 */
final class AgencyDay {

  static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private AgencyDay() {}

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
