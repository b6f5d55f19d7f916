package io.recova.agency.dispute;

import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/disputes}: the disputes waiting for an answer or a resolution; a creditor finds
 * those on its own cases here and answers them.
 */
@Path("v1/disputes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class DisputeResource {

  @Inject Disputes disputes;

  @GET
  public List<DisputeView> list(@QueryParam("status") String status) {
    return disputes.list(status(status));
  }

  @GET
  @Path("{dispute}")
  public DisputeView get(@PathParam("dispute") String id) {
    return disputes.get(id(id));
  }

  @POST
  @Path("{dispute}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  public DisputeView answer(@PathParam("dispute") String id, DisputeAnswer answer) {
    return disputes.answer(id(id), answer);
  }

  @POST
  @Path("{dispute}/resolution")
  @Consumes(MediaType.APPLICATION_JSON)
  public DisputeView resolve(@PathParam("dispute") String id, DisputeResolution resolution) {
    return disputes.resolve(id(id), resolution);
  }

  private static DisputeStatus status(String status) {
    try {
      return status == null || status.isBlank() ? null : DisputeStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldViolation("status", "status.invalid",
          "The status is one of " + List.of(DisputeStatus.values()))));
    }
  }

  static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Dispute", id);
    }
  }
}
