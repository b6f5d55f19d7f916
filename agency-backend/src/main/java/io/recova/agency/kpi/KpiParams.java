package io.recova.agency.kpi;

import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.rest.QueryParameters;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The query parameters of the KPI resources, parsed; malformed ones are a 400 listing each. */
record KpiParams(LocalDate from, LocalDate to, UUID creditorId) {

  static KpiParams period(String from, String to, String creditorId) {
    List<FieldViolation> bad = new ArrayList<>();
    return checked(bad, new KpiParams(QueryParameters.date(bad, "from", from),
        QueryParameters.date(bad, "to", to), QueryParameters.id(bad, "creditorId", creditorId)));
  }

  /** The aged balance's day, as {@code from}. */
  static KpiParams asOf(String asOf, String creditorId) {
    List<FieldViolation> bad = new ArrayList<>();
    LocalDate day = QueryParameters.date(bad, "asOf", asOf);
    return checked(bad, new KpiParams(day, day, QueryParameters.id(bad, "creditorId",
        creditorId)));
  }

  private static KpiParams checked(List<FieldViolation> bad, KpiParams params) {
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    return params;
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
}
