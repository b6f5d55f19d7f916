package io.recova.agency.plan;

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
 * {@code /api/v1/cases/{caseId}/payment-plans}: the case's payment plans and how they are kept;
 * agency staff propose, record the signature and cancel, a creditor reads its own cases' plans.
 */
@Path("v1/cases/{caseId}/payment-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class PaymentPlanResource {

  @Inject PaymentPlans plans;

  @GET
  public List<PaymentPlanView> list(@PathParam("caseId") String caseId) {
    return plans.of(id("Case", caseId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(@PathParam("caseId") String caseId, NewPaymentPlan plan,
      @Context UriInfo uri) {
    PaymentPlanView created = plans.propose(id("Case", caseId), plan);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created).build();
  }

  @GET
  @Path("{planId}")
  public PaymentPlanView get(@PathParam("caseId") String caseId,
      @PathParam("planId") String planId) {
    return plans.track(id("Case", caseId), id("Payment plan", planId));
  }

  @POST
  @Path("{planId}/sign")
  @Consumes(MediaType.APPLICATION_JSON)
  public PaymentPlanView sign(@PathParam("caseId") String caseId,
      @PathParam("planId") String planId, PlanSignature signature) {
    return plans.sign(id("Case", caseId), id("Payment plan", planId), signature);
  }

  @POST
  @Path("{planId}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  public PaymentPlanView cancel(@PathParam("caseId") String caseId,
      @PathParam("planId") String planId, PlanCancellation cancellation) {
    return plans.cancel(id("Case", caseId), id("Payment plan", planId), cancellation);
  }

  private static UUID id(String what, String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(what, id);
    }
  }
}
