package io.recova.agency.judicial;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/**
 * {@code /api/v1/cases/{caseId}/judicial}: the route suggested with its preconditions, the
 * proceedings with their steps and deadlines; agency staff open proceedings and record steps, a
 * creditor reads its own cases'.
 */
@Path("v1/cases/{caseId}/judicial")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class JudicialResource {

  @Inject JudicialTrack track;

  @GET
  public JudicialView get(@PathParam("caseId") String caseId) {
    return track.of(id("Case", caseId));
  }

  @POST
  @Path("proceedings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(@PathParam("caseId") String caseId, NewProceeding proceeding,
      @Context UriInfo uri) {
    JudicialView.ProceedingView opened = track.open(id("Case", caseId), proceeding);
    return Response.created(uri.getAbsolutePathBuilder().path(opened.id().toString()).build())
        .entity(opened).build();
  }

  @POST
  @Path("proceedings/{proceedingId}/steps")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response step(@PathParam("caseId") String caseId,
      @PathParam("proceedingId") String proceedingId, NewStep step) {
    return Response.status(Response.Status.CREATED)
        .entity(track.recordStep(id("Case", caseId), id("Proceeding", proceedingId), step))
        .build();
  }

  private static UUID id(String what, String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(what, id);
    }
  }
}
