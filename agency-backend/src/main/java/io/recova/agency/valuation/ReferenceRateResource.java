package io.recova.agency.valuation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/reference-rates}: the published rates the valuation uses. */
@Path("v1/reference-rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceRateResource {

  @Inject ReferenceRates rates;

  @GET
  @RolesAllowed({"collector", "manager", "admin"})
  public List<ReferenceRateView> list() {
    return rates.list();
  }

  /** Records a half-year's rate, or corrects it; 200 with the rate as recorded. */
  @POST
  @RolesAllowed("admin")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReferenceRateView record(ReferenceRateView rate) {
    return rates.record(rate);
  }
}
