package io.recova.agency.settlement;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseChanges;
import io.recova.agency.casefile.CaseEventKind;
import io.recova.agency.casefile.CaseFile;
import io.recova.agency.casefile.CaseScope;
import io.recova.agency.casefile.CaseTimeline;
import io.recova.agency.casefile.CaseValuator;
import io.recova.agency.money.Money;
import io.recova.agency.payment.CasePayments;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settlements on cases: proposed by agency staff, granted at once within the authority of who
 * proposes, otherwise approved or refused by a manager or by the case's creditor; then tracked by
 * the daily job until paid (the case closes as settled) or lapsed. Every change is on the case's
 * timeline and in the audit trail, in one transaction.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class Settlements {

  private static final Logger LOG = Logger.getLogger(Settlements.class.getName());

  /** The advisory lock key of the daily tracking ("STLM"). */
  static final long LOCK = 0x53544C4DL;

  private static final String VIEW = "select s, c.externalReference, c.debtorName"
      + " from Settlement s, CaseFile c where c.id = s.caseId";

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject CaseValuator valuator;
  @Inject CaseTimeline timeline;
  @Inject CaseChanges changes;
  @Inject CasePayments payments;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "RECOVA_SETTLEMENT_GRACE_DAYS", defaultValue = "5")
  int graceDays;

  /** What a run of the daily tracking did. */
  public record RunResult(boolean ran, LocalDate day, int examined, int paid, int lapsed) {}

  /**
   * Proposes a settlement on an open case, as agency staff. It is accepted at once when the
   * discount is within the mandate's settlement authority (the collector grants it), and also
   * when a manager proposes it whatever the discount: a manager is an approver, so asking for
   * their own approval would add nothing. Otherwise it awaits a manager's or the creditor's
   * approval.
   *
   * @throws ConflictException when the case is closed or suspended, or already has an open
   *     settlement
   */
  public SettlementView propose(UUID caseId, NewSettlement command) {
    CaseFile f = scope.loadForUpdate(caseId);
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff propose settlements");
    }
    LocalDate today = LocalDate.now(clock);
    List<FieldViolation> bad = new ArrayList<>();
    if (command == null || command.amount() == null || command.amount().signum() <= 0
        || command.amount().stripTrailingZeros().scale() > 2) {
      bad.add(new FieldViolation("amount", "amount.positive",
          "The amount agreed is above zero, at most two decimals"));
    }
    if (command == null || command.payBy() == null || command.payBy().isBefore(today)
        || command.payBy().isAfter(today.plusYears(1))) {
      bad.add(new FieldViolation("payBy", "settlement.payBy",
          "A settlement is paid by a date between today and a year from now"));
    }
    if (command != null && command.note() != null && command.note().length() > 1000) {
      bad.add(new FieldViolation("note", "tooLong", "At most 1000 characters"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    if (f.stage().isClosed() || f.stage().isSuspended()) {
      throw new ConflictException("settlement.stage",
          "No settlement on a case that is " + f.stage());
    }
    Optional<Settlement> open = em.createQuery("select s from Settlement s where s.caseId = :id"
            + " and s.status in ('PROPOSED_AWAITING_APPROVAL', 'ACCEPTED')", Settlement.class)
        .setParameter("id", f.id()).getResultStream().findFirst();
    if (open.isPresent()) {
      throw new ConflictException("settlement.open", "The case already has an open settlement ("
          + open.get().reference() + ", " + open.get().status() + ")");
    }
    Money due = valuator.value(f, today).due();
    Money agreed = Money.of(command.amount(), f.currency());
    if (!SettlementTerms.acceptable(agreed, due)) {
      throw new InvalidInputException(List.of(new FieldViolation("amount", "settlement.aboveDue",
          "The amount agreed is at most the balance due, " + due)));
    }
    SettlementTerms terms = SettlementTerms.of(agreed, due);
    BigDecimal authority = authorityOf(f.creditorId());
    boolean granted = terms.withinAuthority(authority) || caller.has(Role.MANAGER);
    String note = blankToNull(command.note());
    Settlement s = new Settlement(UUID.randomUUID(), f.id(), f.creditorId(), terms,
        command.payBy(), caller.username(), clock.instant(), note, granted);
    em.persist(s);
    timeline.record(f.id(), caller, CaseEventKind.SETTLEMENT_PROPOSED, s.reference() + " · "
        + agreed + " instead of " + due + " (−" + terms.discountPercent().toPlainString()
        + " %) by " + command.payBy() + (note == null ? "" : " — " + note));
    if (granted) {
      timeline.record(f.id(), caller, CaseEventKind.SETTLEMENT_ACCEPTED, s.reference()
          + (terms.withinAuthority(authority)
              ? " · within the mandate's authority (" + authority.toPlainString() + " %)"
              : " · by a manager"));
    }
    SettlementView view = view(s, f);
    audit.record(caller, "settlement.proposed", "Settlement", s.id(), null, view);
    return view;
  }

  /** Approves a settlement awaiting approval, as a manager or as the case's creditor. */
  public SettlementView approve(UUID settlementId, Decision decision) {
    return decide(settlementId, decision, true);
  }

  /** Refuses a settlement awaiting approval, as a manager or as the case's creditor. */
  public SettlementView refuse(UUID settlementId, Decision decision) {
    return decide(settlementId, decision, false);
  }

  private SettlementView decide(UUID settlementId, Decision decision, boolean approve) {
    Caller caller = scope.caller();
    Settlement s = visible(settlementId, caller);
    if (!caller.isCreditorScoped() && !caller.has(Role.MANAGER)) {
      throw new ForbiddenException("Only a manager or the creditor decides on a settlement");
    }
    String note = decision == null ? null : blankToNull(decision.note());
    if (note != null && note.length() > 1000) {
      throw new InvalidInputException(List.of(new FieldViolation("note", "tooLong",
          "At most 1000 characters")));
    }
    if (s.status() != SettlementStatus.PROPOSED_AWAITING_APPROVAL) {
      throw new ConflictException("settlement.decided",
          "The settlement " + s.reference() + " is " + s.status() + ", no longer awaiting approval");
    }
    CaseFile f = em.find(CaseFile.class, s.caseId());
    SettlementView before = view(s, f);
    Instant now = clock.instant();
    if (approve) {
      s.approve(caller.username(), now, note);
    } else {
      s.refuse(caller.username(), now, note);
    }
    try {
      // Now rather than at commit: a concurrent decision shows here, as a conflict.
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw new ConflictException("settlement.decided",
          "Someone decided on the settlement " + s.reference() + " meanwhile");
    }
    timeline.record(s.caseId(), caller, approve ? CaseEventKind.SETTLEMENT_ACCEPTED
        : CaseEventKind.SETTLEMENT_REFUSED, s.reference() + (note == null ? "" : " — " + note));
    SettlementView after = view(s, f);
    audit.record(caller, approve ? "settlement.approved" : "settlement.refused", "Settlement",
        s.id(), before, after);
    return after;
  }

  /**
   * The settlements waiting for an approval, oldest first: all of them for a manager, its own
   * for a creditor's user.
   */
  public List<SettlementView> awaitingApproval() {
    Caller caller = scope.caller();
    String query = VIEW + " and s.status = 'PROPOSED_AWAITING_APPROVAL'";
    UUID creditor = null;
    if (caller.isCreditorScoped()) {
      // An unbound client account sees nothing rather than everything.
      creditor = caller.creditorId().orElse(new UUID(0, 0));
      query += " and s.creditorId = :creditor";
    } else if (!caller.has(Role.MANAGER)) {
      throw new ForbiddenException("Only managers and creditors approve settlements");
    }
    var q = em.createQuery(query + " order by s.proposedAt, s.id", Object[].class);
    if (creditor != null) {
      q.setParameter("creditor", creditor);
    }
    return q.getResultList().stream().map(Settlements::view).toList();
  }

  /** The settlements of a case, newest first. */
  public List<SettlementView> of(UUID caseId) {
    CaseFile f = scope.load(caseId);
    return em.createQuery("select s from Settlement s where s.caseId = :id"
            + " order by s.proposedAt desc, s.id", Settlement.class)
        .setParameter("id", f.id())
        .getResultList().stream().map(s -> view(s, f)).toList();
  }

  /**
   * The daily tracking: each accepted settlement is checked against the payments received since
   * its acceptance. Paid, it is marked so and its case closes as settled; lapsed, it is marked so
   * and the case goes on being worked for the whole balance. Runs once at a time across
   * instances (an advisory lock; an instance that cannot take it skips), and a second run the
   * same day changes nothing: it only looks at settlements still accepted.
   */
  public RunResult settle(LocalDate today, Caller actor) {
    Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(" + LOCK
        + ")").getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return new RunResult(false, today, 0, 0, 0);
    }
    List<Settlement> accepted = em.createQuery("select s from Settlement s"
            + " where s.status = 'ACCEPTED' order by s.id", Settlement.class)
        .getResultList();
    int paid = 0;
    int lapsed = 0;
    for (Settlement s : accepted) {
      LocalDate acceptedOn = s.acceptedOn(clock.getZone());
      SettlementStatus outcome = SettlementTracking.track(acceptedOn, s.payBy(), s.amount(),
          payments.receivedOn(s.caseId(), acceptedOn), today, graceDays);
      if (outcome == SettlementStatus.ACCEPTED) {
        continue;
      }
      CaseFile f = em.find(CaseFile.class, s.caseId());
      SettlementView before = view(s, f);
      s.close(outcome);
      if (outcome == SettlementStatus.PAID) {
        paid++;
        timeline.record(s.caseId(), actor, CaseEventKind.SETTLEMENT_PAID, s.reference() + " · "
            + s.amount() + " received");
        changes.closeAsSettled(s.caseId(), "Settlement " + s.reference() + " paid", actor);
      } else {
        lapsed++;
        timeline.record(s.caseId(), actor, CaseEventKind.SETTLEMENT_LAPSED, s.reference()
            + " · not paid by " + s.payBy() + " and " + graceDays + " days of grace");
      }
      audit.record(actor, outcome == SettlementStatus.PAID ? "settlement.paid"
          : "settlement.lapsed", "Settlement", s.id(), before, view(s, f));
    }
    RunResult result = new RunResult(true, today, accepted.size(), paid, lapsed);
    LOG.fine(() -> "Settlements tracked: " + result);
    audit.record(actor, "settlements.run", "Job", "settlements@" + today, null, result);
    return result;
  }

  /** Loads a settlement whose case the caller may see; another creditor's is "not found". */
  private Settlement visible(UUID id, Caller caller) {
    Settlement s = em.find(Settlement.class, id);
    if (s == null || !caller.canSeeCreditor(s.creditorId())) {
      if (s != null) {
        LOG.warning(() -> caller + " asked for settlement " + id + " outside its scope");
        audit.record(caller, "settlement.access-refused", "Settlement", id, null, null);
      }
      throw new NotFoundException("Settlement", id);
    }
    return s;
  }

  /** The discount a collector may grant alone under the creditor's mandate. */
  private BigDecimal authorityOf(UUID creditorId) {
    return (BigDecimal) em.createNativeQuery("select m.settlement_authority_percent"
            + " from mandate m join creditor_client c on c.mandate_id = m.id where c.id = ?")
        .setParameter(1, creditorId)
        .getSingleResult();
  }

  private static SettlementView view(Settlement s, CaseFile f) {
    return s.view(f.externalReference(), f.summary().debtorName());
  }

  private static SettlementView view(Object[] row) {
    return ((Settlement) row[0]).view((String) row[1], (String) row[2]);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
