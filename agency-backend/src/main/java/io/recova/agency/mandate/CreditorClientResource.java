package io.recova.agency.mandate;

import io.recova.agency.platform.NotFoundException;
import io.recova.agency.platform.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Creditor clients and their mandates: {@code /api/v1/clients}. */
@Path("v1/clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CreditorClientResource {

  @Inject CreditorClientService service;

  @GET
  @RolesAllowed("manager")
  public Page<CreditorClientView> list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return service.page(page, size);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"manager", "client"})
  public CreditorClientView get(@PathParam("id") String id) {
    return service.get(parseId(id));
  }

  @POST
  @RolesAllowed("manager")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(NewCreditorClient command, @Context UriInfo uri) {
    CreditorClientView created = service.register(command);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}/mandate/fees")
  @RolesAllowed({"manager", "collector", "admin", "client"})
  public FeeScheduleView fees(@PathParam("id") String id) {
    return service.feeSchedule(parseId(id)).view();
  }

  /** A manager records an amendment of the mandate's fees; answers the schedule now in force. */
  @PUT
  @Path("{id}/mandate/fees")
  @RolesAllowed({"manager", "collector", "admin", "client"})
  @Consumes(MediaType.APPLICATION_JSON)
  public FeeScheduleView changeFees(@PathParam("id") String id, FeeScheduleCommand command) {
    // Every authenticated role reaches the service, which alone decides (403 as problem+json).
    return service.changeFees(parseId(id), command);
  }

  /**
   * A malformed id cannot name anything: the same 404 problem as an unknown one (a UUID path
   * parameter would make JAX-RS answer its own, differently shaped, 404).
   */
  public static UUID parseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Creditor client", id);
    }
  }
}
