package io.recova.agency.casefile;

import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.platform.Page;
import io.recova.agency.platform.rest.QueryParameters;
import io.recova.agency.valuation.CaseBalance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /api/v1/cases}: intake, the portfolio, dossiers, their balance, stage moves, legal events
 * and evidence. Every role may call every endpoint; the services decide, so that a client user
 * asking about another creditor's case always gets the same 404.
 */
@Path("v1/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"collector", "manager", "client", "admin"})
public class CaseResource {

  @Inject CaseIntake intake;
  @Inject CasePortfolio portfolio;
  @Inject CaseChanges changes;

  /** 201 with the new case, or 200 with the one a previous identical submission opened. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(NewCase command, @Context UriInfo uri) {
    CaseIntake.Outcome outcome = intake.submit(command);
    CaseDetail detail = portfolio.get(outcome.caseFile().id());
    if (!outcome.created()) {
      return Response.ok(detail).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(detail.summary().id().toString())
        .build()).entity(detail).build();
  }

  @GET
  public Page<CaseSummary> list(@BeanParam PortfolioParams params,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return portfolio.search(params.query(page, size));
  }

  /** The same list as CSV for a spreadsheet, every matching case (French layout by default). */
  @GET
  @Path("export.csv")
  @Produces("text/csv")
  public Response export(@BeanParam PortfolioParams params,
      @QueryParam("lang") @DefaultValue("fr") String lang) {
    CaseQuery q = params.query(0, Page.MAX_SIZE);
    // Read inside the request's scope, before streaming starts.
    List<CaseSummary> rows = new ArrayList<>();
    portfolio.forEach(q, rows::add);
    StreamingOutput body = out -> {
      try (PortfolioCsv csv = new PortfolioCsv(out, Locale.forLanguageTag(lang))) {
        rows.forEach(csv::write);
      }
    };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"portfolio.csv\"").build();
  }

  /** The filters and order of a portfolio request, as query parameters. */
  public static class PortfolioParams {
    @QueryParam("stage") List<String> stages;
    @QueryParam("q") String text;
    @QueryParam("minAmount") String minAmount;
    @QueryParam("maxAmount") String maxAmount;
    @QueryParam("dueFrom") String dueFrom;
    @QueryParam("dueTo") String dueTo;
    @QueryParam("collector") String collector;
    @QueryParam("creditorId") String creditorId;
    @QueryParam("sort") @DefaultValue("opened,desc") String sort;

    CaseQuery query(int page, int size) {
      return CaseResource.query(stages, text, minAmount, maxAmount, dueFrom, dueTo, collector,
          creditorId, sort, page, size);
    }
  }

  @GET
  @Path("{id}")
  public CaseDetail get(@PathParam("id") String id) {
    return portfolio.get(parseId(id));
  }

  @GET
  @Path("{id}/balance")
  public CaseBalance balance(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
    UUID caseId = parseId(id);
    return portfolio.balance(caseId, date("asOf", asOf));
  }

  @POST
  @Path("{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseSummary transition(@PathParam("id") String id, TransitionCommand command) {
    return changes.transition(parseId(id), command);
  }

  @POST
  @Path("{id}/events")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordEvent(@PathParam("id") String id, LegalEventCommand command) {
    return Response.status(Response.Status.CREATED)
        .entity(changes.recordLegalEvent(parseId(id), command)).build();
  }

  /** Assigns the case to a collector (by user name), or unassigns it with an empty name. */
  @PUT
  @Path("{id}/collector")
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseSummary assign(@PathParam("id") String id, Assignment assignment) {
    return changes.assign(parseId(id), assignment == null ? null : assignment.collector());
  }

  /** The debtor's profile, refused channels and consent (agency staff). */
  @PUT
  @Path("{id}/debtor/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  public DebtorView debtorPreferences(@PathParam("id") String id, DebtorPreferences preferences) {
    return changes.updateDebtor(parseId(id), preferences);
  }

  /** The body of an assignment. */
  public record Assignment(String collector) {}

  @GET
  @Path("{id}/documents")
  public List<DocumentView> documents(@PathParam("id") String id) {
    return portfolio.documents(parseId(id));
  }

  /** Uploads a piece of evidence: the file is the body, its kind and name are query parameters. */
  @POST
  @Path("{id}/documents")
  @Consumes(MediaType.WILDCARD)
  public Response addDocument(
      @PathParam("id") String id,
      @QueryParam("kind") String kind,
      @QueryParam("fileName") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] content,
      @Context UriInfo uri) {
    UUID caseId = parseId(id);
    DocumentKind documentKind = enumValue(DocumentKind.class, "kind", kind);
    DocumentView stored = changes.addDocument(caseId,
        new NewDocument(documentKind, fileName, contentType, content));
    return Response.created(uri.getAbsolutePathBuilder().path(stored.id().toString()).build())
        .entity(stored).build();
  }

  @GET
  @Path("{id}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  public Response document(@PathParam("id") String id, @PathParam("documentId") String docId) {
    UUID caseId = parseId(id);
    UUID documentId;
    try {
      documentId = UUID.fromString(docId);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Document", docId);
    }
    StoredDocument d = portfolio.document(caseId, documentId);
    String name = URLEncoder.encode(d.description().fileName(), StandardCharsets.UTF_8)
        .replace("+", "%20");
    return Response.ok(d.content(), d.description().mediaType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
        .header("X-Content-SHA256", d.description().sha256())
        .build();
  }

  static CaseQuery query(List<String> stages, String text, String minAmount, String maxAmount,
      String dueFrom, String dueTo, String collector, String creditorId, String sort, int page,
      int size) {
    List<FieldViolation> bad = new ArrayList<>();
    Set<Stage> stageSet = EnumSet.noneOf(Stage.class);
    for (String s : stages == null ? List.<String>of() : stages) {
      for (String one : s.split(",")) {
        if (!one.isBlank()) {
          try {
            stageSet.add(Stage.valueOf(one.strip().toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            bad.add(new FieldViolation("stage", "stage.unknown", "Unknown stage: " + one));
          }
        }
      }
    }
    String[] sortParts = sort.split(",");
    CaseSort caseSort = null;
    try {
      caseSort = CaseSort.valueOf(sortParts[0].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      bad.add(new FieldViolation("sort", "sort.unknown",
          "Sort by one of " + List.of(CaseSort.values()) + ", then ,asc or ,desc"));
    }
    boolean descending = sortParts.length > 1 && sortParts[1].strip().equalsIgnoreCase("desc");
    UUID creditor = QueryParameters.id(bad, "creditorId", creditorId);
    BigDecimal min = amount(bad, "minAmount", minAmount);
    BigDecimal max = amount(bad, "maxAmount", maxAmount);
    LocalDate from = QueryParameters.date(bad, "dueFrom", dueFrom);
    LocalDate to = QueryParameters.date(bad, "dueTo", dueTo);
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    return new CaseQuery(stageSet, text, min, max, from, to, collector, creditor, caseSort,
        descending, page, size);
  }

  private static BigDecimal amount(List<FieldViolation> bad, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      bad.add(new FieldViolation(field, "number.format", "Not an amount: " + value));
      return null;
    }
  }

  static LocalDate date(String field, String value) {
    List<FieldViolation> bad = new ArrayList<>();
    LocalDate d = QueryParameters.date(bad, field, value);
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    return d;
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldViolation(field, field + ".invalid",
          "Expected one of " + List.of(type.getEnumConstants()) + ", found " + value)));
    }
  }

  /** A malformed id names nothing: the same 404 as an unknown one. */
  static UUID parseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("Case", id);
    }
  }
}
