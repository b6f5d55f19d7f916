package io.recova.agency.dispute;

import io.recova.agency.platform.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** {@code /api/v1/cases/{id}/disputes}: the disputes of one case, and opening a new one. */
@Path("v1/cases/{id}/disputes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class CaseDisputeResource {

  @Inject Disputes disputes;

  @GET
  public List<DisputeView> list(@PathParam("id") String id) {
    return disputes.of(caseId(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(@PathParam("id") String id, NewDispute dispute) {
    return Response.status(Response.Status.CREATED).entity(disputes.open(caseId(id), dispute))
        .build();
  }

  private static UUID caseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Case", id);
    }
  }
}
