package io.recova.agency.platform.rest;

import io.recova.agency.platform.FieldViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Query parameters as the API reads them: absent or blank is null, malformed is a violation added
 * to the request's list, so that a resource reports every bad parameter in one 400.
 */
public final class QueryParameters {

  private QueryParameters() {}

  /** An ISO date ({@code yyyy-MM-dd}). */
  public static LocalDate date(List<FieldViolation> bad, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      bad.add(new FieldViolation(field, "date.format", "Dates are yyyy-MM-dd, found " + value));
      return null;
    }
  }

  /** An id (a UUID). */
  public static UUID id(List<FieldViolation> bad, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      bad.add(new FieldViolation(field, "uuid.format", "Not an id: " + value));
      return null;
    }
  }
}
