package io.recova.reports.agedbalance;

import io.recova.agency.kpi.AgedBalanceReport;
import io.recova.agency.kpi.Kpis;
import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.rest.QueryParameters;
import io.recova.reports.i18n.DocumentLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code GET /api/v1/aged-balance.pdf?asOf=[&creditorId=][&collector=]}: the aged balance as a
 * PDF, French or English by {@code Accept-Language}, in the caller's scope exactly as {@code
 * /api/v1/aged-balance} (a client user gets its own creditor's; another's is 404).
 */
@Path("v1/aged-balance.pdf")
@RequestScoped
public class AgedBalancePdfResource {

  static final String PDF = "application/pdf";

  @Inject Kpis kpis;
  @Inject CreditorClientService creditors;
  @Inject AgencyIdentity agency;
  @Inject Clock clock;
  @Inject AgedBalanceDocument document;

  @GET
  @Produces(PDF)
  @RolesAllowed({"collector", "manager", "client", "admin"})
  public Response download(@QueryParam("asOf") String asOf,
      @QueryParam("creditorId") String creditorId, @QueryParam("collector") String collector,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    List<FieldViolation> bad = new ArrayList<>();
    LocalDate day = QueryParameters.date(bad, "asOf", asOf);
    UUID creditor = QueryParameters.id(bad, "creditorId", creditorId);
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    Locale locale = DocumentLocale.fromAcceptLanguage(acceptLanguage);
    AgedBalanceReport report = kpis.agedBalance(day, creditor, collector, locale);
    byte[] pdf = render(report, locale);
    return Response.ok(pdf, PDF)
        .header("Content-Disposition",
            "attachment; filename=\"aged-balance-" + report.asOf() + ".pdf\"")
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private byte[] render(AgedBalanceReport report, Locale locale) {
    String creditorName = report.creditorId() == null ? null
        : creditors.get(report.creditorId()).name();
    return document.render(report, creditorName, agency, locale, LocalDate.now(clock));
  }
}
