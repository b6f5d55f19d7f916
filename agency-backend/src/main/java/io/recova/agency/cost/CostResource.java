package io.recova.agency.cost;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/costs}: {@code POST {id}/reversal} with {@code {"reason": ...}} reverses a cost
 * entered by mistake (collectors, managers); {@code GET rebilled?creditorId=&from=&to=} lists the
 * costs re-billed to a creditor at cost in a period, the débours of its invoices (managers, admins,
 * the creditor's own users).
 */
@Path("v1/costs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class CostResource {

  @Inject AdvancedCosts costs;

  @POST
  @Path("{id}/reversal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"collector", "manager"})
  public CostView reverse(@PathParam("id") String id, NewCostReversal reversal) {
    return costs.reverse(uuid(id, "Cost"), reversal);
  }

  @GET
  @Path("rebilled")
  @RolesAllowed({"manager", "admin", "client"})
  public List<CostView> rebilled(@QueryParam("creditorId") String creditorId,
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return costs.rebilled(uuid(creditorId, "Creditor client"), date("from", from),
        date("to", to));
  }

  private static UUID uuid(String id, String what) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException(what, id);
    }
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidInputException(List.of(new FieldViolation(name, "date",
          "A day as YYYY-MM-DD")));
    }
  }
}
