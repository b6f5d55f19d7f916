package io.recova.agency.platform.rest;

import io.recova.agency.platform.RecovaException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a business error still answers as problem+json: JAX-RS errors keep their
 * status, except a query parameter of the wrong type (a 400, not JAX-RS's 404); unreadable JSON is
 * a 400, a concurrent change a 409, anything else a 500 whose detail is
 * a reference to the log, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    RecovaException business = causeOfType(e, RecovaException.class);
    if (business != null) {
      return new RecovaExceptionMapper().toResponse(business);
    }
    if (causeOfType(e, JsonbException.class) != null) {
      return Problem.of(
              "unreadable-body",
              "Unreadable request body",
              400,
              "The body is not valid JSON for this operation: " + rootMessage(e))
          .toResponse();
    }
    if (causeOfType(e, OptimisticLockException.class) != null) {
      return Problem.of(
              "conflict",
              "Concurrent change",
              409,
              "Someone else changed this record meanwhile; reload it and try again")
          .toResponse();
    }
    // A query parameter that does not convert (?size=abc): JAX-RS answers 404 as if the resource
    // were missing; it is bad input, reported like any other (Jersey's QueryParamException).
    if (e instanceof WebApplicationException && e.getClass().getSimpleName()
        .equals("QueryParamException")) {
      return Problem.of(
              "invalid-query-parameter",
              "Invalid query parameter",
              400,
              "A query parameter is not of its type: " + rootMessage(e))
          .toResponse();
    }
    if (e instanceof WebApplicationException wae) {
      Response original = wae.getResponse();
      int status = original.getStatus();
      Response.Status known = Response.Status.fromStatusCode(status);
      String title = known == null ? "HTTP " + status : known.getReasonPhrase();
      Response.ResponseBuilder builder =
          Response.fromResponse(
                  Problem.of(
                          title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                          title,
                          status,
                          wae.getMessage())
                      .toResponse())
              .type(Problem.MEDIA_TYPE);
      original.getHeaders().forEach((name, values) -> {
        if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
          values.forEach(v -> builder.header(name, v));
        }
      });
      return builder.build();
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
    return Problem.of(
            "internal-error",
            "Internal error",
            500,
            "An unexpected error occurred; reference " + reference + " in the server log")
        .toResponse();
  }

  private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
