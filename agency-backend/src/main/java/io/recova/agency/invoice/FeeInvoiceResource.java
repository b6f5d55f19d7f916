package io.recova.agency.invoice;

import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code /api/v1/invoices}: the caller's fee invoices ({@code ?creditorId=&year=&runId=}, each
 * optional; a client user's are its own creditor's whatever it asks), one invoice, and its PDF as
 * issued ({@code {id}.pdf}), in English when {@code Accept-Language} prefers it, else in French.
 */
@Path("v1/invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class FeeInvoiceResource {

  @Inject FeeInvoices invoices;

  @GET
  public List<FeeInvoiceView> list(@QueryParam("creditorId") String creditorId,
      @QueryParam("year") String year, @QueryParam("runId") String runId) {
    return invoices.list(uuidParam("creditorId", creditorId), yearParam(year),
        uuidParam("runId", runId));
  }

  @GET
  @Path("{id}")
  public FeeInvoiceView get(@PathParam("id") String id) {
    return invoices.get(invoiceId(id));
  }

  @GET
  @Path("{id}.pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") String id, @Context HttpHeaders headers) {
    FeeInvoices.Pdf pdf = invoices.pdf(invoiceId(id), language(headers));
    return Response.ok(pdf.content(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
        .header(HttpHeaders.CONTENT_LANGUAGE, pdf.language().toLanguageTag())
        .header("X-Content-SHA256", pdf.sha256())
        .build();
  }

  /** The first language the caller accepts that invoices are printed in; French otherwise. */
  private static Locale language(HttpHeaders headers) {
    for (Locale accepted : headers.getAcceptableLanguages()) {
      if ("en".equals(accepted.getLanguage()) || "fr".equals(accepted.getLanguage())) {
        return Locale.forLanguageTag(accepted.getLanguage());
      }
    }
    return Locale.FRENCH;
  }

  private static UUID invoiceId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Fee invoice", id);
    }
  }

  private static UUID uuidParam(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldViolation(name, name + ".invalid",
          name + " is an id (UUID)")));
    }
  }

  private static Integer yearParam(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int year = Integer.parseInt(value.strip());
      if (year >= 2000 && year <= 9999) {
        return year;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(List.of(new FieldViolation("year", "year.invalid",
        "year is a four-digit year")));
  }
}
