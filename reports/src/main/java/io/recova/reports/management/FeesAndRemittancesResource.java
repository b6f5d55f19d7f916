package io.recova.reports.management;

import io.recova.agency.organisation.AgencyIdentity;
import io.recova.agency.reporting.FeesAndRemittances;
import io.recova.agency.reporting.ManagementReports;
import io.recova.agency.reporting.ReportPeriod;
import io.recova.reports.i18n.DocumentLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code GET /api/v1/reports/fees-and-remittances?from=2026-01-01&to=2026-03-31}: the managers'
 * fee and remittance report as a PDF or a spreadsheet, chosen by the {@code Accept} header (PDF
 * when both or anything will do) or by the suffix {@code .pdf} / {@code .xlsx}; French or English
 * by {@code Accept-Language}. Managers and admins only: the service refuses anyone else (403).
 */
@Path("v1/reports/{name: fees-and-remittances(\\.pdf|\\.xlsx)?}")
@RequestScoped
public class FeesAndRemittancesResource {

  static final String PDF = "application/pdf";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ManagementReports reports;
  @Inject AgencyIdentity agency;
  @Inject Clock clock;
  @Inject FeesAndRemittancesPdf pdf;
  @Inject FeesAndRemittancesWorkbook workbook;

  @GET
  @Produces({PDF, XLSX})
  @RolesAllowed({"manager", "admin", "collector", "client"})
  public Response download(@PathParam("name") String name, @QueryParam("from") String from,
      @QueryParam("to") String to,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
      @Context HttpHeaders headers) {
    ReportPeriod period = ReportPeriod.parse(from, to);
    FeesAndRemittances report = reports.feesAndRemittances(period);
    Locale locale = DocumentLocale.fromAcceptLanguage(acceptLanguage);
    boolean spreadsheet = name.endsWith(".xlsx")
        || !name.endsWith(".pdf") && prefersSpreadsheet(headers);
    byte[] content = spreadsheet ? workbook.render(report, agency, locale)
        : pdf.render(report, agency, locale, LocalDate.now(clock));
    String file = "fees-and-remittances-" + period.from() + "-" + period.to()
        + (spreadsheet ? ".xlsx" : ".pdf");
    return Response.ok(content, spreadsheet ? XLSX : PDF)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
        // Every creditor's money in one document: no shared cache may keep a copy.
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /** True when the client's first acceptable type that names one of ours is the spreadsheet. */
  static boolean prefersSpreadsheet(HttpHeaders headers) {
    MediaType xlsx = MediaType.valueOf(XLSX);
    MediaType pdf = MediaType.valueOf(PDF);
    for (MediaType accepted : headers.getAcceptableMediaTypes()) {
      boolean takesPdf = accepted.isCompatible(pdf);
      boolean takesXlsx = accepted.isCompatible(xlsx);
      if (takesPdf || takesXlsx) {
        return takesXlsx && !takesPdf;
      }
    }
    return false;
  }
}
