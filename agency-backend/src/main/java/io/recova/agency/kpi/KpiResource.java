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
 * {@code /api/v1/kpis?from=&to=[&creditorId=][&collector=]}: the caller's KPIs over a period, with
 * each definition in the request's language ({@code Accept-Language}, French by default); the same
 * as CSV ({@code /kpis/export.csv}) and XLSX ({@code /kpis/export.xlsx}); the monthly trend of
 * collections and remittances ({@code /kpis/trend}). Scope rules: {@link Kpis}.
 */
@Path("v1/kpis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class KpiResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Kpis kpis;

  @GET
  public KpiReport get(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("creditorId") String creditorId, @QueryParam("collector") String collector,
      @Context HttpHeaders headers) {
    KpiParams p = KpiParams.period(from, to, creditorId);
    return kpis.kpis(p.from(), p.to(), p.creditorId(), collector, KpiParams.locale(headers));
  }

  /** {@code /kpis/trend?from=&to=}: collected and remitted month by month, for the charts. */
  @GET
  @Path("trend")
  public MonthlyTrend trend(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("creditorId") String creditorId, @QueryParam("collector") String collector) {
    KpiParams p = KpiParams.period(from, to, creditorId);
    return kpis.monthlyTrend(p.from(), p.to(), p.creditorId(), collector);
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("creditorId") String creditorId, @QueryParam("collector") String collector,
      @Context HttpHeaders headers) {
    KpiReport report = get(from, to, creditorId, collector, headers);
    StreamingOutput body = out -> KpiExport.kpisCsv(report, KpiParams.locale(headers), out);
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName(report) + ".csv\"")
        .build();
  }

  @GET
  @Path("export.xlsx")
  @Produces(XLSX)
  public Response xlsx(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("creditorId") String creditorId, @QueryParam("collector") String collector,
      @Context HttpHeaders headers) {
    KpiReport report = get(from, to, creditorId, collector, headers);
    StreamingOutput body = out -> KpiExport.kpisXlsx(report, KpiParams.locale(headers), out);
    return Response.ok(body, XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + fileName(report) + ".xlsx\"")
        .build();
  }

  private static String fileName(KpiReport report) {
    return "kpis-" + report.from() + "-" + report.to();
  }
}
