package io.recova.agency.writeoff;

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
import java.util.List;
import java.util.UUID;

/** {@code /api/v1/cases/{id}/write-off}: a case's requests to close it as irrecoverable. */
@Path("v1/cases/{id}/write-off")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class CaseWriteOffResource {

  @Inject WriteOffs writeOffs;

  @GET
  public List<WriteOffView> list(@PathParam("id") String id) {
    return writeOffs.of(caseId(id));
  }

  /** 201 with the request, waiting for a manager's decision. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response request(@PathParam("id") String id, NewWriteOff command,
      @Context UriInfo uri) {
    WriteOffView created = writeOffs.request(caseId(id), command);
    return Response.created(uri.getBaseUriBuilder().path("v1/write-offs")
            .path(created.id().toString()).build())
        .entity(created).build();
  }

  private static UUID caseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Case", id);
    }
  }
}
