package io.recova.agency.casefile.intake;

import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code POST /api/v1/cases/import}: a creditor's file as the body (CSV or JSON), answered by a
 * per-row report. Its own root resource: under {@code v1/cases} the {@code {id}} paths would
 * take the request.
 */
@Path("v1/cases/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class CaseImportResource {

  @Inject CaseImport imports;

  @POST
  @Consumes(MediaType.WILDCARD)
  public ImportReport importFile(
      @QueryParam("creditorId") String creditorId,
      @QueryParam("fileName") String fileName,
      @QueryParam("format") String format,
      @QueryParam("mode") String mode,
      byte[] content) {
    return imports.importFile(uuid(creditorId), fileName, content, format(format), mode(mode));
  }

  static ImportFormat format(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ImportFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldViolation("format", "format.unknown",
          "The format is csv or json")));
    }
  }

  static ImportMode mode(String value) {
    if (value == null || value.isBlank()) {
      return ImportMode.VALID_ROWS;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "all-or-nothing", "all_or_nothing" -> ImportMode.ALL_OR_NOTHING;
      case "valid-rows", "valid_rows", "partial" -> ImportMode.VALID_ROWS;
      default -> throw new InvalidInputException(List.of(new FieldViolation("mode",
          "mode.unknown", "The mode is valid-rows (default) or all-or-nothing")));
    };
  }

  static UUID uuid(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldViolation("creditorId", "uuid.format",
          "Not an id: " + value)));
    }
  }
}
