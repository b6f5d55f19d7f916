package io.recova.agency.promise;

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

/** {@code /api/v1/cases/{id}/promises}: the debtor's promises to pay and where they stand. */
@Path("v1/cases/{id}/promises")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class PromiseResource {

  @Inject PromiseBook book;

  @GET
  public List<PromiseView> list(@PathParam("id") String id) {
    return book.of(caseId(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(@PathParam("id") String id, NewPromise promise) {
    return Response.status(Response.Status.CREATED).entity(book.record(caseId(id), promise))
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
