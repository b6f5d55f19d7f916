package io.recova.agency.promise;

import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/promises/kept-rates?by=collector|creditor}: how well promises were kept. */
@Path("v1/promises/kept-rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class PromiseRateResource {

  @Inject PromiseBook book;

  @GET
  public List<PromiseRate> rates(@QueryParam("by") String by) {
    if (by == null || by.equals("creditor")) {
      return book.keptRates(false);
    }
    if (by.equals("collector")) {
      return book.keptRates(true);
    }
    throw new InvalidInputException(List.of(new FieldViolation("by", "by.invalid",
        "Group by collector or by creditor")));
  }
}
