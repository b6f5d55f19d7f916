package io.recova.reports.remittance;

import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.remittance.RemittanceResource;
import io.recova.agency.remittance.RemittanceStatement;
import io.recova.agency.remittance.Remittances;
import io.recova.reports.i18n.DocumentLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A creditor's remittance statement PDF: {@code GET
 * /api/v1/remittances/runs/{id}/statements/{creditorId}.pdf}, French or English by
 * {@code Accept-Language}. A client user gets its own creditor's statement of an approved run
 * only: the service answers 404 for anything else, exactly as for an unknown id.
 */
@Path("v1/remittances/runs/{id}/statements/{creditorId}.pdf")
@RequestScoped
public class RemittanceStatementResource {

  static final String PDF = "application/pdf";

  @Inject Remittances remittances;
  @Inject AgencyIdentity agency;
  @Inject Clock clock;
  @Inject RemittanceStatementReport report;

  @GET
  @Produces(PDF)
  @RolesAllowed({"manager", "admin", "collector", "client"})
  public Response download(@PathParam("id") String id,
      @PathParam("creditorId") String creditorId,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    UUID creditor;
    try {
      creditor = UUID.fromString(creditorId);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Remittance statement", creditorId);
    }
    RemittanceStatement statement =
        remittances.statement(RemittanceResource.runId(id), creditor);
    Locale locale = DocumentLocale.fromAcceptLanguage(acceptLanguage);
    byte[] pdf = report.render(statement, agency, locale, LocalDate.now(clock), clock.getZone());
    return Response.ok(pdf, PDF)
        .header("Content-Disposition", "attachment; filename=\"remittance-"
            + statement.runId().toString().substring(0, 8) + "-"
            + creditor.toString().substring(0, 8) + ".pdf\"")
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
        // The statement carries the creditor's IBAN: no shared cache may keep a copy.
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
