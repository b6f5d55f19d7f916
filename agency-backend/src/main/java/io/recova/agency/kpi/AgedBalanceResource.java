package io.recova.agency.kpi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code /api/v1/aged-balance?asOf=[&creditorId=][&collector=]}: the caller's aged balance on a day
 * (today by default), and the same as CSV and XLSX. Scope rules: {@link Kpis}.
 */
@Path("v1/aged-balance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class AgedBalanceResource {

  @Inject Kpis kpis;

  @GET
  public AgedBalanceReport get(@QueryParam("asOf") String asOf,
      @QueryParam("creditorId") String creditorId, @QueryParam("collector") String collector,
      @Context HttpHeaders headers) {
    KpiParams p = KpiParams.asOf(asOf, creditorId);
    return kpis.agedBalance(p.from(), p.creditorId(), collector, KpiParams.locale(headers));
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  public Response csv(@QueryParam("asOf") String asOf,
      @QueryParam("creditorId") String creditorId, @QueryParam("collector") String collector,
      @Context HttpHeaders headers) {
    AgedBalanceReport report = get(asOf, creditorId, collector, headers);
    StreamingOutput body = out -> KpiExport.agedBalanceCsv(report, KpiParams.locale(headers), out);
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition",
            "attachment; filename=\"aged-balance-" + report.asOf() + ".csv\"")
        .build();
  }

  @GET
  @Path("export.xlsx")
  @Produces(KpiResource.XLSX)
  public Response xlsx(@QueryParam("asOf") String asOf,
      @QueryParam("creditorId") String creditorId, @QueryParam("collector") String collector,
      @Context HttpHeaders headers) {
    AgedBalanceReport report = get(asOf, creditorId, collector, headers);
    StreamingOutput body = out -> KpiExport.agedBalanceXlsx(report, KpiParams.locale(headers),
        out);
    return Response.ok(body, KpiResource.XLSX)
        .header("Content-Disposition",
            "attachment; filename=\"aged-balance-" + report.asOf() + ".xlsx\"")
        .build();
  }
}
