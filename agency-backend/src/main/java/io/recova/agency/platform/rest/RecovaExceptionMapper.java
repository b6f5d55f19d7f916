package io.recova.agency.platform.rest;

import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.RecovaException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps every business error, once, to its problem document. */
@Provider
public class RecovaExceptionMapper implements ExceptionMapper<RecovaException> {

  @Override
  public Response toResponse(RecovaException e) {
    Problem problem = Problem.of(e.code(), e.title(), e.status(), e.getMessage());
    if (e instanceof InvalidInputException invalid) {
      problem = problem.withInvalidFields(invalid.violations());
    }
    return problem.toResponse();
  }
}
