package io.recova.agency.fee;

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

/** The VAT rates on fees: {@code /api/v1/vat-rates}. */
@Path("v1/vat-rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VatRateResource {

  @Inject VatRates rates;

  @GET
  @RolesAllowed({"manager", "collector", "admin", "client"})
  public List<VatRateView> list() {
    return rates.list();
  }

  /** Records the rate in force from a date, or corrects it; 200 with the rate as recorded. */
  @POST
  @RolesAllowed({"manager", "collector", "admin", "client"})
  @Consumes(MediaType.APPLICATION_JSON)
  public VatRateView record(VatRateView rate) {
    // The service alone decides who may (admin): a refusal is problem+json like any other.
    return rates.record(rate);
  }
}
