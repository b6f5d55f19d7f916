package io.recova.agency.cost;

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

/**
 * {@code /api/v1/cases/{caseId}/costs}: the costs the agency advanced on a case with their split
 * (any role, in scope: a client user reads its own creditor's cases only); collectors and managers
 * record one (201 with its split).
 */
@Path("v1/cases/{caseId}/costs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class CaseCostResource {

  @Inject AdvancedCosts costs;

  @GET
  public List<CostView> list(@PathParam("caseId") String caseId) {
    return costs.of(caseId(caseId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"collector", "manager"})
  public Response record(@PathParam("caseId") String caseId, NewCost cost,
      @Context UriInfo uri) {
    CostView recorded = costs.record(caseId(caseId), cost);
    return Response.created(uri.getBaseUriBuilder().path("v1/cases").path(caseId)
            .path("costs").build())
        .entity(recorded).build();
  }

  private static UUID caseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Case", id);
    }
  }
}
