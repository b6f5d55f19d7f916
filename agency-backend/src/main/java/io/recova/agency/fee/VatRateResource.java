package io.recova.agency.fee;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
}
