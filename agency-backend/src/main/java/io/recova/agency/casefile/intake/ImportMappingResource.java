package io.recova.agency.casefile.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code /api/v1/import-mappings}: a creditor's own column headers and the fields they hold, kept
 * for its next files.
 */
@Path("v1/import-mappings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class ImportMappingResource {

  @Inject ImportColumnMappings mappings;

  @GET
  public Map<String, ImportColumn> mapping(@QueryParam("creditorId") String creditorId) {
    return mappings.of(CaseImportResource.uuid(creditorId));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, ImportColumn> replace(
      @QueryParam("creditorId") String creditorId, Map<String, ImportColumn> mapping) {
    return mappings.replace(CaseImportResource.uuid(creditorId), mapping);
  }
}
