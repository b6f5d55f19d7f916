package io.recova.agency.settlement;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** {@code /api/v1/cases/{id}/settlements}: a case's settlements, and proposing one. */
@Path("v1/cases/{id}/settlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class CaseSettlementResource {

  @Inject Settlements settlements;

  @GET
  public List<SettlementView> list(@PathParam("id") String id) {
    return settlements.of(caseId(id));
  }

  /** 201 with the settlement: ACCEPTED at once, or PROPOSED_AWAITING_APPROVAL. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(@PathParam("id") String id, NewSettlement settlement,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    SettlementView created = settlements.propose(caseId(id), settlement);
    return Response.created(uri.getBaseUriBuilder().path("v1/settlements")
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
