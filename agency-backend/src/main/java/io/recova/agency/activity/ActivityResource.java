package io.recova.agency.activity;

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

/**
 * {@code /api/v1/cases/{id}/activities}: what was done on a case. Its own root resource, like the
 * import, so that it is not shadowed by the case resource's paths.
 */
@Path("v1/cases/{id}/activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class ActivityResource {

  @Inject ActivityLog log;

  @GET
  public List<ActivityView> list(@PathParam("id") String id) {
    return log.of(caseId(id));
  }

  /** 201 with the activity; 409 with the reason when the contact policy refuses it. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response log(@PathParam("id") String id, NewActivity activity) {
    return Response.status(Response.Status.CREATED).entity(log.log(caseId(id), activity)).build();
  }

  private static UUID caseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Case", id);
    }
  }
}
