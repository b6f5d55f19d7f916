package io.recova.agency.letter;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** {@code /api/v1/cases/{id}/letters}: letters sent to the debtor, and a preview of the next. */
@Path("v1/cases/{id}/letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class LetterResource {

  @Inject LetterDispatch dispatch;

  @GET
  public List<LetterView> list(@PathParam("id") String id) {
    return dispatch.of(caseId(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response send(@PathParam("id") String id, SendLetter letter) {
    return Response.status(Response.Status.CREATED).entity(dispatch.send(caseId(id), letter))
        .build();
  }

  @GET
  @Path("preview")
  @Produces("application/pdf")
  public Response preview(@PathParam("id") String id, @QueryParam("kind") String kind,
      @QueryParam("language") String language) {
    byte[] pdf = dispatch.preview(caseId(id), kind(kind), language);
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"preview.pdf\"")
        .build();
  }

  private static LetterKind kind(String kind) {
    try {
      return kind == null ? null : LetterKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldViolation("kind", "letterKind.invalid",
          "The kind is one of " + List.of(LetterKind.values()))));
    }
  }

  private static UUID caseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Case", id);
    }
  }
}
