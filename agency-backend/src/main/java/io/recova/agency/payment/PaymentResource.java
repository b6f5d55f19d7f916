package io.recova.agency.payment;

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
import java.util.UUID;

/**
 * {@code /api/v1/payments/{id}}: one payment (any role, in scope) and its reversal, {@code
 * POST {id}/reversal} with {@code {"reason": "BOUNCED_CHEQUE", "note": ...}} (collectors,
 * managers).
 */
@Path("v1/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class PaymentResource {

  @Inject Payments payments;

  @GET
  @Path("{id}")
  public PaymentView get(@PathParam("id") String id) {
    return payments.get(paymentId(id));
  }

  @POST
  @Path("{id}/reversal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"collector", "manager"})
  public PaymentView reverse(@PathParam("id") String id, NewReversal reversal) {
    return payments.reverse(paymentId(id), reversal);
  }

  private static UUID paymentId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Payment", id);
    }
  }
}
