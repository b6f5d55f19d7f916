package io.recova.reports.mandate;

import io.recova.agency.mandate.CreditorClientService;
import io.recova.agency.mandate.CreditorClientResource;
import io.recova.agency.mandate.CreditorClientView;
import io.recova.agency.organisation.AgencyIdentity;
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
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The mandate summary PDF of a creditor client: {@code GET /api/v1/clients/{id}/mandate.pdf}, in
 * the caller's language (French or English, from {@code Accept-Language}).
 *
 * <p>A client user gets only its own creditor's summary: the service's tenant scope answers 404
 * for any other, exactly as for an unknown id.
 */
@Path("v1/clients/{id}/mandate.pdf")
@RequestScoped
public class MandateSummaryResource {

  static final String PDF = "application/pdf";

  @Inject CreditorClientService clients;
  @Inject AgencyIdentity agency;
  @Inject Clock clock;
  @Inject MandateSummaryReport report;

  @GET
  @Produces(PDF)
  @RolesAllowed({"collector", "manager", "admin", "client"})
  public Response download(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    CreditorClientView client = clients.get(CreditorClientResource.parseId(id));
    Locale locale = DocumentLocale.fromAcceptLanguage(acceptLanguage);
    byte[] pdf = report.render(client, agency, locale, LocalDate.now(clock), clock.getZone());
    return Response.ok(pdf, PDF)
        .header("Content-Disposition", "attachment; filename=\"" + fileName(client.name()) + "\"")
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
        // The document carries the creditor's IBAN: no shared cache may keep a copy.
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /**
   * {@code mandate-<name>.pdf} with the name reduced to lower-case ASCII letters, digits and
   * hyphens, so the header needs no quoting or RFC 5987 encoding and every browser and file
   * system keeps it as is.
   */
  public static String fileName(String creditorName) {
    String ascii =
        Normalizer.normalize(creditorName == null ? "" : creditorName, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            // Ligatures of French and German names have no decomposition of their own.
            .replace("œ", "oe")
            .replace("æ", "ae")
            .replace("ß", "ss");
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return "mandate-" + (slug.isEmpty() ? "creditor" : slug) + ".pdf";
  }
}
