package io.recova.agency.payment;

import io.recova.agency.platform.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
 * {@code /api/v1/cases/{caseId}/payments}: the case's payments; collectors and managers post
 * them, a creditor declares what the debtor paid it directly. {@code Idempotency-Key} is
 * required: 201 for a new payment, 200 with the same payment for a retry, 422 for a key reused
 * with other content.
 */
@Path("v1/cases/{caseId}/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class CasePaymentResource {

  @Inject Payments payments;

  @GET
  public List<PaymentView> list(@PathParam("caseId") String caseId) {
    return payments.of(caseId(caseId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"collector", "manager", "client"})
  public Response post(@PathParam("caseId") String caseId,
      @HeaderParam("Idempotency-Key") String key, NewPayment payment, @Context UriInfo uri) {
    Payments.Posted posted = payments.post(caseId(caseId), key, payment);
    if (!posted.created()) {
      return Response.ok(posted.payment()).header("Idempotent-Replayed", "true").build();
    }
    return Response.created(uri.getBaseUriBuilder().path("v1/payments")
            .path(posted.payment().id().toString()).build())
        .entity(posted.payment()).build();
  }

  private static UUID caseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Case", id);
    }
  }
}
