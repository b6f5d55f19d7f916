package io.recova.agency.writeoff;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseChanges;
import io.recova.agency.casefile.CaseEventKind;
import io.recova.agency.casefile.CaseFile;
import io.recova.agency.casefile.CaseScope;
import io.recova.agency.casefile.CaseTimeline;
import io.recova.agency.casefile.Stage;
import io.recova.agency.certificate.CertificateView;
import io.recova.agency.certificate.Certificates;
import io.recova.agency.certificate.IrrecoverabilityReason;
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
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Closing cases as irrecoverable: agency staff ask with a reason and evidence, a manager approves
 * or refuses. On approval the case moves to CLOSED_IRRECOVERABLE through the lifecycle and its
 * certificate is issued, in one transaction: a failure anywhere leaves nothing behind. Every step
 * is on the case's timeline and in the audit trail.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class WriteOffs {

  private static final Logger LOG = Logger.getLogger(WriteOffs.class.getName());

  private static final String VIEW = "select w, c.externalReference, c.debtorName"
      + " from WriteOff w, CaseFile c where c.id = w.caseId";

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject CaseTimeline timeline;
  @Inject CaseChanges changes;
  @Inject Certificates certificates;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Asks to close an open case as irrecoverable, as agency staff.
   *
   * @throws ConflictException when the case is closed or already has a request waiting
   */
  public WriteOffView request(UUID caseId, NewWriteOff command) {
    CaseFile f = scope.loadForUpdate(caseId);
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff ask to close a case as irrecoverable");
    }
    List<FieldViolation> bad = new ArrayList<>();
    IrrecoverabilityReason reason = command == null ? null : command.reason();
    String note = command == null ? null : blankToNull(command.note());
    if (reason == null) {
      bad.add(new FieldViolation("reason", "reason.required",
          "Say why the claim cannot be recovered: one of "
              + List.of(IrrecoverabilityReason.values())));
    } else if (reason.needsNote() && note == null) {
      bad.add(new FieldViolation("note", "writeOff.noteRequired",
          "With the reason OTHER, the note says what it is"));
    }
    if (note != null && note.length() > 1000) {
      bad.add(new FieldViolation("note", "tooLong", "At most 1000 characters"));
    }
    // A mutable copy: an immutable list refuses even to be asked whether it holds a null.
    List<UUID> evidence = command == null || command.evidenceDocumentIds() == null
        ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(command.evidenceDocumentIds()));
    if (evidence.contains(null) || !documentsOfCase(f.id(), evidence)) {
      bad.add(new FieldViolation("evidenceDocumentIds", "writeOff.evidence",
          "Evidence is documents already on the case"));
    } else if (evidence.size() > 50) {
      bad.add(new FieldViolation("evidenceDocumentIds", "tooMany", "At most 50 documents"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    if (f.stage().isClosed()) {
      throw new ConflictException("writeOff.closed", "The case is already " + f.stage());
    }
    Optional<WriteOff> open = em.createQuery("select w from WriteOff w where w.caseId = :id"
            + " and w.status = 'REQUESTED'", WriteOff.class)
        .setParameter("id", f.id()).getResultStream().findFirst();
    if (open.isPresent()) {
      throw new ConflictException("writeOff.open", "A request to close the case as irrecoverable"
          + " is already waiting (" + open.get().reference() + ")");
    }
    WriteOff w = new WriteOff(UUID.randomUUID(), f.id(), f.creditorId(), reason, evidence, note,
        caller.username(), clock.instant());
    em.persist(w);
    timeline.record(f.id(), caller, CaseEventKind.WRITE_OFF_REQUESTED, w.reference() + " · "
        + reason + " · " + evidence.size() + " document(s)" + (note == null ? "" : " — " + note));
    WriteOffView view = view(w, f, null);
    audit.record(caller, "write-off.requested", "WriteOff", w.id(), null, view);
    return view;
  }

  /**
   * Approves a request, as a manager: the case closes as irrecoverable and its certificate is
   * issued, with the mandate's certificate fee.
   *
   * @throws ConflictException when the request was decided already, or the lifecycle refuses to
   *     close the case (e.g. a dispute is open)
   */
  public WriteOffView approve(UUID id, WriteOffDecision decision) {
    Caller caller = requireManager();
    WriteOff w = visible(id, caller);
    String note = decisionNote(decision);
    requireWaiting(w);
    CaseFile f = scope.loadForUpdate(w.caseId());
    WriteOffView before = view(w, f, null);
    w.approve(caller.username(), clock.instant(), note);
    flush(w);
    timeline.record(f.id(), caller, CaseEventKind.WRITE_OFF_APPROVED, w.reference()
        + (note == null ? "" : " — " + note));
    changes.move(f, caller, Stage.CLOSED_IRRECOVERABLE, "Irrecoverable: " + w.reason()
        + " (" + w.reference() + ")");
    CertificateView certificate = certificates.issue(f, w.id(), w.reason(), w.note(),
        decision == null ? null : decision.language(), caller);
    WriteOffView after = view(w, f, certificate.number());
    audit.record(caller, "write-off.approved", "WriteOff", w.id(), before, after);
    return after;
  }

  /** Refuses a request, as a manager: the case goes on being worked. */
  public WriteOffView refuse(UUID id, WriteOffDecision decision) {
    Caller caller = requireManager();
    WriteOff w = visible(id, caller);
    String note = decisionNote(decision);
    requireWaiting(w);
    CaseFile f = em.find(CaseFile.class, w.caseId());
    WriteOffView before = view(w, f, null);
    w.refuse(caller.username(), clock.instant(), note);
    flush(w);
    timeline.record(f.id(), caller, CaseEventKind.WRITE_OFF_REFUSED, w.reference()
        + (note == null ? "" : " — " + note));
    WriteOffView after = view(w, f, null);
    audit.record(caller, "write-off.refused", "WriteOff", w.id(), before, after);
    return after;
  }

  /**
   * The requests in a status, oldest first: agency staff see all, a creditor's user its own.
   */
  public List<WriteOffView> list(WriteOffStatus status) {
    Caller caller = scope.caller();
    String jpql = VIEW + (status == null ? "" : " and w.status = :status");
    UUID creditor = null;
    if (caller.isCreditorScoped()) {
      creditor = caller.creditorId().orElse(new UUID(0, 0));
      jpql += " and w.creditorId = :creditor";
    } else if (!caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff and creditors read write-offs");
    }
    var q = em.createQuery(jpql + " order by w.requestedAt, w.id", Object[].class);
    if (status != null) {
      q.setParameter("status", status.name());
    }
    if (creditor != null) {
      q.setParameter("creditor", creditor);
    }
    return q.getResultList().stream().map(r -> ((WriteOff) r[0]).view((String) r[1],
        (String) r[2], certificateNumber(((WriteOff) r[0]).id()))).toList();
  }

  /** The requests on a case, newest first. */
  public List<WriteOffView> of(UUID caseId) {
    CaseFile f = scope.load(caseId);
    return em.createQuery("select w from WriteOff w where w.caseId = :id"
            + " order by w.requestedAt desc, w.id", WriteOff.class)
        .setParameter("id", f.id()).getResultList().stream()
        .map(w -> view(w, f, certificateNumber(w.id()))).toList();
  }

  private Caller requireManager() {
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() || !caller.has(Role.MANAGER)) {
      throw new ForbiddenException("Only a manager decides on closing a case as irrecoverable");
    }
    return caller;
  }

  private static void requireWaiting(WriteOff w) {
    if (w.status() != WriteOffStatus.REQUESTED) {
      throw new ConflictException("writeOff.decided",
          "The request " + w.reference() + " is " + w.status() + ", no longer waiting");
    }
  }

  private void flush(WriteOff w) {
    try {
      // Now rather than at commit: a concurrent decision shows here, as a conflict.
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw new ConflictException("writeOff.decided",
          "Someone decided on the request " + w.reference() + " meanwhile");
    }
  }

  private static String decisionNote(WriteOffDecision decision) {
    String note = decision == null ? null : blankToNull(decision.note());
    if (note != null && note.length() > 1000) {
      throw new InvalidInputException(List.of(new FieldViolation("note", "tooLong",
          "At most 1000 characters")));
    }
    return note;
  }

  private boolean documentsOfCase(UUID caseId, List<UUID> ids) {
    if (ids.isEmpty()) {
      return true;
    }
    Long found = em.createQuery("select count(d) from CaseDocument d where d.caseId = :c"
            + " and d.id in :ids", Long.class)
        .setParameter("c", caseId).setParameter("ids", ids).getSingleResult();
    return found == ids.size();
  }

  private String certificateNumber(UUID writeOffId) {
    return em.createQuery("select c.number from Certificate c where c.writeOffId = :w"
            + " and c.cancelledAt is null", String.class)
        .setParameter("w", writeOffId).getResultStream().findFirst().orElse(null);
  }

  /** Loads a request the caller may see; another creditor's is "not found", audited. */
  private WriteOff visible(UUID id, Caller caller) {
    WriteOff w = em.find(WriteOff.class, id);
    if (w == null || !caller.canSeeCreditor(w.creditorId())) {
      if (w != null) {
        LOG.warning(() -> caller + " asked for write-off " + id + " outside its scope");
        audit.record(caller, "write-off.access-refused", "WriteOff", id, null, null);
      }
      throw new NotFoundException("Write-off", id);
    }
    return w;
  }

  private static WriteOffView view(WriteOff w, CaseFile f, String certificateNumber) {
    return w.view(f.externalReference(), f.summary().debtorName(), certificateNumber);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
