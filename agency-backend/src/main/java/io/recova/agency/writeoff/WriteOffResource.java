package io.recova.agency.writeoff;

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
 * {@code /api/v1/write-offs}: requests to close cases as irrecoverable ({@code ?status=REQUESTED})
 * and a manager's decisions, {@code {wid}/approve} (with {@code {"note", "language"}}, the
 * certificate's language) and {@code {wid}/refuse}.
 */
@Path("v1/write-offs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class WriteOffResource {

  @Inject WriteOffs writeOffs;

  @GET
  public List<WriteOffView> list(@QueryParam("status") String status) {
    WriteOffStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = WriteOffStatus.valueOf(status.strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(List.of(new FieldViolation("status", "status.invalid",
            "The status is one of " + List.of(WriteOffStatus.values()))));
      }
    }
    return writeOffs.list(wanted);
  }

  @POST
  @Path("{wid}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  public WriteOffView approve(@PathParam("wid") String wid, WriteOffDecision decision) {
    return writeOffs.approve(id(wid), decision);
  }

  @POST
  @Path("{wid}/refuse")
  @Consumes(MediaType.APPLICATION_JSON)
  public WriteOffView refuse(@PathParam("wid") String wid, WriteOffDecision decision) {
    return writeOffs.refuse(id(wid), decision);
  }

  private static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Write-off", id);
    }
  }
}
