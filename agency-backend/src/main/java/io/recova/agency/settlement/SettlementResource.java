package io.recova.agency.settlement;

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
 * {@code /api/v1/settlements}: the settlements awaiting approval ({@code ?status=AWAITING_APPROVAL})
 * and the decisions on them, {@code {sid}/approve} and {@code {sid}/refuse} with an optional
 * {@code {"note": ...}}. Managers see and decide on all of them, a creditor on its own.
 */
@Path("v1/settlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class SettlementResource {

  static final String AWAITING_APPROVAL = "AWAITING_APPROVAL";

  @Inject Settlements settlements;

  @GET
  public List<SettlementView> list(@QueryParam("status") String status) {
    if (!AWAITING_APPROVAL.equals(status)) {
      // The only list so far; a case's settlements are under the case.
      throw new InvalidInputException(List.of(new FieldViolation("status", "status.unsupported",
          "Ask for status=" + AWAITING_APPROVAL)));
    }
    return settlements.awaitingApproval();
  }

  @POST
  @Path("{sid}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  public SettlementView approve(@PathParam("sid") String sid, Decision decision) {
    return settlements.approve(settlementId(sid), decision);
  }

  @POST
  @Path("{sid}/refuse")
  @Consumes(MediaType.APPLICATION_JSON)
  public SettlementView refuse(@PathParam("sid") String sid, Decision decision) {
    return settlements.refuse(settlementId(sid), decision);
  }

  private static UUID settlementId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Settlement", id);
    }
  }
}
