package io.recova.agency.kpi;

import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The query parameters of the KPI resources, parsed; malformed ones are a 400 listing each. */
record KpiParams(LocalDate from, LocalDate to, UUID creditorId) {

  static KpiParams period(String from, String to, String creditorId) {
    List<FieldViolation> bad = new ArrayList<>();
    KpiParams p = new KpiParams(date(bad, "from", from), date(bad, "to", to),
        uuid(bad, creditorId));
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    return p;
  }

  static KpiParams asOf(String asOf, String creditorId) {
    return period(asOf, null, creditorId);
  }

  /** French unless the request prefers English (the agency's language first). */
  static Locale locale(HttpHeaders headers) {
    for (Locale l : headers.getAcceptableLanguages()) {
      if ("en".equals(l.getLanguage()) || "fr".equals(l.getLanguage())) {
        return Locale.forLanguageTag(l.getLanguage());
      }
    }
    return Locale.FRENCH;
  }

  private static LocalDate date(List<FieldViolation> bad, String field, String value) {
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

  private static UUID uuid(List<FieldViolation> bad, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      bad.add(new FieldViolation("creditorId", "uuid.format", "Not an id: " + value));
      return null;
    }
  }
}
