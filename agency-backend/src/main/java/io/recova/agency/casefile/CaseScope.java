package io.recova.agency.casefile;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.platform.FieldViolation;
import io.recova.agency.platform.ForbiddenException;
import io.recova.agency.platform.InvalidInputException;
import io.recova.agency.platform.NotFoundException;
import io.recova.agency.security.Caller;
import io.recova.agency.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The one place where tenant scoping of cases is decided: every load by id and every list goes
 * through here. A client user (or a client's integration account) sees only its own creditor's
 * cases; anything else is "not found", and the attempt is written to the audit trail.
 */
@ApplicationScoped
public class CaseScope {

  private static final Logger LOG = Logger.getLogger(CaseScope.class.getName());

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CurrentCaller currentCaller;
  @Inject AuditTrail audit;

  public Caller caller() {
    return currentCaller.get();
  }

  /** Loads a case the caller may see, or fails with 404 (and a trace when it exists). */
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = NotFoundException.class)
  public CaseFile load(UUID id) {
    return check(id, Optional.ofNullable(em.find(CaseFile.class, id)));
  }

  /** Same as {@link #load} with a write lock, for changes that must not interleave. */
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = NotFoundException.class)
  public CaseFile loadForUpdate(UUID id) {
    CaseFile visible = load(id);
    em.lock(visible, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(visible);
    return visible;
  }

  private CaseFile check(UUID id, Optional<CaseFile> found) {
    Caller caller = caller();
    if (found.isEmpty() || !caller.canSeeCreditor(found.get().creditorId())) {
      if (found.isPresent()) {
        LOG.warning(() -> caller + " asked for case " + id + " outside its scope");
        audit.record(caller, "case.access-refused", "Case", id, null, null);
      }
      throw new NotFoundException("Case", id);
    }
    return found.get();
  }

  /**
   * The creditor whose cases a list shows: a client's own, always; for agency staff the one asked
   * for, or every creditor when none is named.
   */
  public Optional<UUID> listedCreditor(UUID requested) {
    Caller caller = caller();
    if (caller.isCreditorScoped()) {
      // An unbound client account sees nothing rather than everything.
      return Optional.of(caller.creditorId().orElse(new UUID(0, 0)));
    }
    if (!caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff and creditor clients may list cases");
    }
    return Optional.ofNullable(requested);
  }

  /**
   * The creditor a new case is opened for: a client's own (naming another is "not found"); for
   * agency staff the one named, which must exist.
   */
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = NotFoundException.class)
  public UUID intakeCreditor(UUID requested) {
    Caller caller = caller();
    if (caller.isCreditorScoped()) {
      UUID own = caller.creditorId()
          .orElseThrow(() -> new ForbiddenException("This account is not bound to a creditor"));
      if (requested != null && !requested.equals(own)) {
        audit.record(caller, "case.intake-refused", "CreditorClient", requested, null, null);
        throw new NotFoundException("Creditor client", requested);
      }
      return own;
    }
    if (!caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff and creditor clients may submit cases");
    }
    if (requested == null) {
      throw new InvalidInputException(List.of(
          new FieldViolation("creditorId", "creditorId.required",
              "Say which creditor the case is for")));
    }
    Long known = em.createQuery(
            "select count(c) from CreditorClient c where c.id = :id", Long.class)
        .setParameter("id", requested).getSingleResult();
    if (known == 0) {
      throw new NotFoundException("Creditor client", requested);
    }
    return requested;
  }
}
