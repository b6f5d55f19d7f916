package io.recova.agency.activity;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseFile;
import io.recova.agency.casefile.CaseScope;
import io.recova.agency.casefile.CaseTimeline;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Logs what collectors do on a case, after the contact guard agreed; each activity goes on the
 * case's timeline and into the audit trail. A refused contact stores nothing and says why.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class ActivityLog {

  static final int MAX_SUMMARY = 2000;

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject CaseTimeline timeline;
  @Inject AuditTrail audit;
  @Inject ContactPolicy policy;
  @Inject Clock clock;

  public ActivityView log(UUID caseId, NewActivity command) {
    CaseFile f = scope.loadForUpdate(caseId);
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff log activities");
    }
    if (command == null || command.kind() == null || command.outcome() == null) {
      throw new InvalidInputException(List.of(new FieldViolation("kind", "activity.required",
          "Say what was done (kind) and how it ended (outcome)")));
    }
    if (command.summary() != null && command.summary().length() > MAX_SUMMARY) {
      throw new InvalidInputException(List.of(new FieldViolation("summary", "tooLong",
          "At most " + MAX_SUMMARY + " characters")));
    }
    Instant now = clock.instant();
    // Serialises the calls to one debtor, so two collectors cannot both make "the" call of the day.
    em.lock(f.debtor(), LockModeType.PESSIMISTIC_WRITE);
    ContactGuard.check(policy, command.kind(), now, f.stage(), f.debtor().optedOut(),
        callsTo(f.debtor().id(), now)).ifPresent(refusal -> {
          throw new ContactRefusedException(refusal);
        });
    String summary = command.summary() == null || command.summary().isBlank() ? null
        : command.summary().strip();
    Activity activity = new Activity(UUID.randomUUID(), f.id(), f.debtor().id(), command.kind(),
        command.outcome(), now, caller.username(), summary, command.internal());
    em.persist(activity);
    timeline.activity(f, caller, command.kind() + " · " + command.outcome()
        + (summary == null ? "" : " — " + summary), command.internal());
    ActivityView view = activity.view();
    audit.record(caller, "activity.logged", "Case", f.id(), null, view);
    return view;
  }

  /** The activities of a case, newest first; a creditor does not see the agency's private notes. */
  public List<ActivityView> of(UUID caseId) {
    scope.load(caseId);
    boolean creditor = scope.caller().isCreditorScoped();
    return em.createQuery("select a from Activity a where a.caseId = :id"
            + " order by a.occurredAt desc", Activity.class)
        .setParameter("id", caseId)
        .getResultList().stream().map(Activity::view)
        .filter(a -> !creditor || !a.internal())
        .toList();
  }

  private List<Instant> callsTo(UUID debtorId, Instant now) {
    // The policy looks back seven days; a debtor called more often than this is refused anyway.
    Instant since = now.minus(Duration.ofDays(8));
    return em.createQuery("select a from Activity a where a.debtorId = :debtor"
            + " and a.kind = 'CALL' order by a.occurredAt desc", Activity.class)
        .setParameter("debtor", debtorId)
        .setMaxResults(200)
        .getResultList().stream().map(a -> a.view().occurredAt())
        .filter(t -> t.isAfter(since))
        .toList();
  }
}
