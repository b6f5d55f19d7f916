package io.recova.agency.remittance;

import io.recova.agency.platform.NotFoundException;
import io.recova.agency.platform.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/remittances/runs}: a manager prepares the run of a period end (201, or 200 with
 * the period's approved run, or its draft prepared again), approves it, and downloads its SEPA
 * credit transfer file; a client user reads the approved runs that pay its creditor, its own line
 * only. A line carries the number and totals of the payments it pays; they are listed page by
 * page ({@code {id}/lines/{creditorId}/payments}). The statements are PDFs of the reports module.
 */
@Path("v1/remittances/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"manager", "admin", "collector", "client"})
public class RemittanceResource {

  @Inject Remittances remittances;
  @Inject RemittanceBankFile bankFile;

  @GET
  public List<RemittanceRunView> list() {
    return remittances.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response prepare(NewRemittanceRun command, @Context UriInfo uri) {
    Remittances.Prepared prepared = remittances.prepare(command);
    if (!prepared.created()) {
      return Response.ok(prepared.run()).build();
    }
    return Response.created(uri.getAbsolutePathBuilder()
            .path(prepared.run().id().toString()).build())
        .entity(prepared.run()).build();
  }

  @GET
  @Path("{id}")
  public RemittanceRunView get(@PathParam("id") String id) {
    return remittances.get(runId(id));
  }

  @POST
  @Path("{id}/approve")
  public RemittanceRunView approve(@PathParam("id") String id) {
    return remittances.approve(runId(id));
  }

  /** The payments a creditor's line pays, a page at a time, in the order the run took them. */
  @GET
  @Path("{id}/lines/{creditorId}/payments")
  public Page<RemittedPaymentView> linePayments(@PathParam("id") String id,
      @PathParam("creditorId") String creditorId,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return remittances.linePayments(runId(id), idOf("Remittance line", creditorId), page, size);
  }

  @GET
  @Path("{id}/sepa.xml")
  @Produces(MediaType.APPLICATION_XML)
  public Response sepa(@PathParam("id") String id) {
    UUID run = runId(id);
    byte[] xml = bankFile.of(run);
    return Response.ok(xml, MediaType.APPLICATION_XML)
        .header("Content-Disposition", "attachment; filename=\"remittance-" + run + ".xml\"")
        // The file carries the creditors' IBANs: no shared cache may keep a copy.
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /** An id that is not a UUID names no run. */
  public static UUID runId(String id) {
    return idOf("Remittance run", id);
  }

  private static UUID idOf(String what, String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(what, id);
    }
  }
}
