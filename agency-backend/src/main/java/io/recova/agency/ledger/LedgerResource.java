package io.recova.agency.ledger;

import io.recova.agency.platform.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/ledger}: the trust ledger's balances per creditor ({@code
 * balances?creditorId=}; managers, and a client user for its own creditor) and its verification
 * (managers and admins).
 */
@Path("v1/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

  @Inject TrustLedger ledger;

  @GET
  @Path("balances")
  @RolesAllowed({"manager", "admin", "client"})
  public List<AccountBalance> balances(@QueryParam("creditorId") String creditorId) {
    UUID creditor = null;
    if (creditorId != null && !creditorId.isBlank()) {
      try {
        creditor = UUID.fromString(creditorId.strip());
      } catch (IllegalArgumentException e) {
        throw new NotFoundException("Creditor client", creditorId);
      }
    }
    return ledger.balances(creditor);
  }

  @GET
  @Path("verification")
  @RolesAllowed({"manager", "admin"})
  public LedgerVerification.Report verification() {
    return ledger.verify();
  }
}
