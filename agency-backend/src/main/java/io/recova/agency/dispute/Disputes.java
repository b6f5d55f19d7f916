package io.recova.agency.dispute;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseChanges;
import io.recova.agency.casefile.CaseEventKind;
import io.recova.agency.casefile.CaseFile;
import io.recova.agency.casefile.CaseScope;
import io.recova.agency.casefile.CaseTimeline;
import io.recova.agency.casefile.Stage;
import io.recova.agency.casefile.TransitionCommand;
import io.recova.agency.platform.ConflictException;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.Caller;
import io.recova.agency.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Disputes from opening to resolution. Opening freezes the case (DISPUTED: no contact, no letter);
 * the creditor answers through the portal; the agency then resumes the case where it stood or
 * returns it to the creditor. While a dispute is unresolved, only its resolution unfreezes the case.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class Disputes {

  static final int MAX_TEXT = 2000;

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject CaseChanges changes;
  @Inject CaseTimeline timeline;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  public DisputeView open(UUID caseId, NewDispute command) {
    CaseFile f = scope.loadForUpdate(caseId);
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("The agency records the debtor's dispute");
    }
    List<FieldViolation> problems = new ArrayList<>();
    if (command == null || command.reason() == null) {
      problems.add(new FieldViolation("reason", "dispute.reason.required",
          "Say why the debtor contests: " + List.of(DisputeReason.values())));
    }
    String details = command == null ? null : text(command.details(), "details", problems);
    if (details == null && problems.stream().noneMatch(p -> p.field().equals("details"))) {
      problems.add(new FieldViolation("details", "dispute.details.required",
          "Write down what the debtor says"));
    }
    Set<UUID> documents = command == null || command.documentIds() == null ? Set.of()
        : new LinkedHashSet<>(command.documentIds());
    if (!documents.isEmpty() && documentsOf(f.id(), documents) != documents.size()) {
      problems.add(new FieldViolation("documentIds", "dispute.documents.unknown",
          "Every document must be one of this case's documents"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (f.stage().isClosed()) {
      throw new ConflictException("case.closed", "The case is closed");
    }
    if (unresolvedOn(f.id()) != null) {
      throw new ConflictException("dispute.open", "A dispute is already open on this case");
    }
    // The case freezes first: once the dispute exists, only its resolution moves the case.
    if (f.stage() != Stage.DISPUTED) {
      changes.transition(f.id(), new TransitionCommand(Stage.DISPUTED,
          "Dispute: " + command.reason(), null));
    }
    Instant now = clock.instant();
    Dispute dispute = new Dispute(UUID.randomUUID(), f.id(), f.creditorId(), command.reason(),
        details, caller.username(), now);
    em.persist(dispute);
    em.flush();
    for (UUID document : documents) {
      em.createNativeQuery("insert into dispute_document (dispute_id, document_id) values (?, ?)")
          .setParameter(1, dispute.id())
          .setParameter(2, document)
          .executeUpdate();
    }
    timeline.record(f.id(), caller, CaseEventKind.DISPUTE_OPENED, command.reason() + " — " + details);
    DisputeView view = view(dispute, f);
    audit.record(caller, "dispute.opened", "Dispute", dispute.id(), null, view);
    return view;
  }

  /** The creditor's answer; a manager may also record it, say after a call with the creditor. */
  public DisputeView answer(UUID disputeId, DisputeAnswer answer) {
    Caller caller = scope.caller();
    if (!caller.isCreditorScoped() && !caller.has(Role.MANAGER)) {
      throw new ForbiddenException("The creditor (or a manager for it) answers a dispute");
    }
    Dispute dispute = visible(disputeId, true);
    List<FieldViolation> problems = new ArrayList<>();
    if (answer == null || answer.position() == null) {
      problems.add(new FieldViolation("position", "dispute.position.required",
          "Say whether the claim stands: " + List.of(CreditorPosition.values())));
    }
    String comment = answer == null ? null : text(answer.comment(), "comment", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (dispute.status() != DisputeStatus.OPEN) {
      throw new ConflictException("dispute.answered", "This dispute was already answered");
    }
    DisputeView before = view(dispute, null);
    dispute.answer(answer.position(), comment, caller.username(), clock.instant());
    CaseFile f = em.find(CaseFile.class, dispute.caseId());
    timeline.record(f.id(), caller, CaseEventKind.DISPUTE_ANSWERED,
        answer.position() + (comment == null ? "" : " — " + comment));
    DisputeView after = view(dispute, f);
    audit.record(caller, "dispute.answered", "Dispute", dispute.id(), before, after);
    return after;
  }

  /**
   * Ends the dispute and unfreezes the case. The agency waits for the creditor's answer, but a
   * manager may resolve without it (the debtor withdrew, say). Returning the case to the creditor
   * is a manager's decision, as for any such closing.
   */
  public DisputeView resolve(UUID disputeId, DisputeResolution resolution) {
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("The agency resolves a dispute");
    }
    Dispute dispute = visible(disputeId, true);
    List<FieldViolation> problems = new ArrayList<>();
    if (resolution == null || resolution.outcome() == null) {
      problems.add(new FieldViolation("outcome", "dispute.outcome.required",
          "Say how the dispute ends: " + List.of(DisputeOutcome.values())));
    }
    String note = resolution == null ? null : text(resolution.note(), "note", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (dispute.status() == DisputeStatus.RESOLVED) {
      throw new ConflictException("dispute.resolved", "This dispute is already resolved");
    }
    if (dispute.status() == DisputeStatus.OPEN && !caller.has(Role.MANAGER)) {
      throw new ConflictException("dispute.unanswered",
          "The creditor has not answered yet; only a manager may resolve without its answer");
    }
    CaseFile f = scope.loadForUpdate(dispute.caseId());
    DisputeView before = view(dispute, f);
    dispute.resolve(resolution.outcome(), note, caller.username(), clock.instant());
    em.flush();
    String line = resolution.outcome() + (note == null ? "" : " — " + note);
    timeline.record(f.id(), caller, CaseEventKind.DISPUTE_RESOLVED, line);
    Stage target = resolution.outcome() == DisputeOutcome.RETURNED_TO_CLIENT
        ? Stage.RETURNED_TO_CLIENT
        : f.suspendedFrom().orElse(Stage.AMICABLE);
    if (f.stage().isSuspended()) {
      changes.transition(f.id(), new TransitionCommand(target, "Dispute resolved: " + line, null));
    }
    DisputeView after = view(dispute, f);
    audit.record(caller, "dispute.resolved", "Dispute", dispute.id(), before, after);
    return after;
  }

  /** Disputes in a status (all when null), newest first; a creditor sees its own only. */
  public List<DisputeView> list(DisputeStatus status) {
    Caller caller = scope.caller();
    StringBuilder q = new StringBuilder("select d from Dispute d where 1 = 1");
    if (status != null) {
      q.append(" and d.status = :status");
    }
    if (caller.isCreditorScoped()) {
      q.append(" and d.creditorId = :creditor");
    }
    q.append(" order by d.openedAt desc");
    var query = em.createQuery(q.toString(), Dispute.class).setMaxResults(500);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (caller.isCreditorScoped()) {
      query.setParameter("creditor", caller.creditorId().orElseThrow());
    }
    return query.getResultList().stream()
        .map(d -> view(d, em.find(CaseFile.class, d.caseId()))).toList();
  }

  /** The disputes of a case, newest first. */
  public List<DisputeView> of(UUID caseId) {
    CaseFile f = scope.load(caseId);
    return em.createQuery("select d from Dispute d where d.caseId = :id order by d.openedAt desc",
            Dispute.class)
        .setParameter("id", caseId)
        .getResultList().stream().map(d -> view(d, f)).toList();
  }

  public DisputeView get(UUID disputeId) {
    Dispute d = visible(disputeId, false);
    return view(d, em.find(CaseFile.class, d.caseId()));
  }

  private Dispute visible(UUID id, boolean forUpdate) {
    Dispute d = em.find(Dispute.class, id);
    if (d == null || !scope.caller().canSeeCreditor(d.creditorId())) {
      throw new NotFoundException("Dispute", id);
    }
    if (forUpdate) {
      em.lock(d, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    return d;
  }

  private Dispute unresolvedOn(UUID caseId) {
    return em.createQuery("select d from Dispute d where d.caseId = :id"
            + " and d.status <> :resolved", Dispute.class)
        .setParameter("id", caseId)
        .setParameter("resolved", DisputeStatus.RESOLVED)
        .getResultStream().findFirst().orElse(null);
  }

  private long documentsOf(UUID caseId, Set<UUID> ids) {
    return em.createQuery("select count(d) from CaseDocument d where d.caseId = :c"
            + " and d.id in :ids", Long.class)
        .setParameter("c", caseId)
        .setParameter("ids", List.copyOf(ids))
        .getSingleResult();
  }

  private List<UUID> documentsOf(UUID disputeId) {
    @SuppressWarnings("unchecked")
    List<Object> rows = em.createNativeQuery(
            "select document_id from dispute_document where dispute_id = ? order by document_id")
        .setParameter(1, disputeId)
        .getResultList();
    return rows.stream().map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString()))
        .toList();
  }

  private DisputeView view(Dispute d, CaseFile f) {
    return d.view(f == null ? null : f.externalReference(),
        f == null ? null : f.debtor().name(), documentsOf(d.id()));
  }

  private static String text(String value, String field, List<FieldViolation> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      problems.add(new FieldViolation(field, "tooLong", "At most " + MAX_TEXT + " characters"));
      return null;
    }
    return value.strip();
  }
}
