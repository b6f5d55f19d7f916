package io.recova.agency.letter;

import io.recova.agency.platform.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /api/v1/postal-batches}: the post room's print jobs. */
@Path("v1/postal-batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "admin"})
public class PostalBatchResource {

  @Inject PostalBatches batches;

  @GET
  public List<PostalBatchView> list() {
    return batches.list();
  }

  @GET
  @Path("waiting")
  public Map<String, Long> waiting() {
    return Map.of("letters", batches.waiting());
  }

  @POST
  public Response create() {
    return Response.status(Response.Status.CREATED).entity(batches.create()).build();
  }

  @GET
  @Path("{batch}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("batch") String batch) {
    UUID id;
    try {
      id = UUID.fromString(batch);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Postal batch", batch);
    }
    return Response.ok(batches.pdf(id), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"postal-batch-" + id + ".pdf\"")
        .build();
  }
}
