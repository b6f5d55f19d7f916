package io.recova.agency.certificate;

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
 * {@code /api/v1/certificates}: the caller's irrecoverability certificates, each one's PDF as
 * issued ({@code {id}.pdf}), and a manager's cancellation with replacement
 * ({@code {id}/replacement}, {@code {"reason", "language"}}).
 */
@Path("v1/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class CertificateResource {

  @Inject Certificates certificates;

  @GET
  public List<CertificateView> list() {
    return certificates.list();
  }

  @GET
  @Path("{id}.pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") String id) {
    Certificates.Pdf pdf = certificates.pdf(certificateId(id));
    return Response.ok(pdf.content(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
        .header("X-Certificate-Cancelled", pdf.cancelled())
        .build();
  }

  /** 201 with the replacement; the cancelled certificate stays readable, marked so. */
  @POST
  @Path("{id}/replacement")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response replace(@PathParam("id") String id, Certificates.Replacement command,
      @Context UriInfo uri) {
    CertificateView created = certificates.replace(certificateId(id), command);
    return Response.created(uri.getBaseUriBuilder().path("v1/certificates")
            .path(created.id() + ".pdf").build())
        .entity(created).build();
  }

  private static UUID certificateId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Certificate", id);
    }
  }
}
