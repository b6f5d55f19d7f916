package io.recova.agency.platform.rest;

import io.recova.agency.platform.FieldViolation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code invalidFields} lists each rejected field so an API client
 * can show the error next to its input.
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldViolation> invalidFields) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
  private static final String TYPE_BASE = "https://recova.io/problems/";

  public static Problem of(String code, String title, int status, String detail) {
    return new Problem(TYPE_BASE + code, title, status, detail, List.of());
  }

  public Problem withInvalidFields(List<FieldViolation> fields) {
    return new Problem(type, title, status, detail, List.copyOf(fields));
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
