package io.recova.agency.plan;

import io.recova.agency.audit.AuditTrail;
import io.recova.agency.casefile.CaseChanges;
import io.recova.agency.casefile.CaseEventKind;
import io.recova.agency.casefile.CaseFile;
import io.recova.agency.casefile.CaseScope;
import io.recova.agency.casefile.CaseValuator;
import io.recova.agency.casefile.Stage;
import io.recova.agency.money.Money;
import io.recova.agency.payment.CasePayments;
import io.recova.agency.platform.ConflictException;
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
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Payment plans on a case: proposed by the agency, signed by the debtor, tracked against the
 * payments received, cancelled, and checked every day for breaches. Every change is on the case's
 * timeline and in the audit trail, in the transaction that makes it.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = NotFoundException.class)
public class PaymentPlans {

  /** The advisory lock key of the daily breach check ("PLAN"). */
  static final long LOCK = 0x504C414EL;

  /** How far from today a first installment may fall: plans are also recorded after the fact. */
  static final int FIRST_DUE_DATE_YEARS = 1;

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Inject CaseScope scope;
  @Inject CaseChanges changes;
  @Inject CaseValuator valuator;
  @Inject CasePayments payments;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "RECOVA_PLAN_GRACE_DAYS", defaultValue = "5")
  int graceDays;

  /** What a breach check did. */
  public record BreachCheck(boolean ran, LocalDate day, int plansExamined, int plansBreached,
      int plansCompleted) {}

  public PaymentPlanView propose(UUID caseId, NewPaymentPlan command) {
    CaseFile f = scope.loadForUpdate(caseId);
    Caller caller = requireStaff("propose payment plans");
    LocalDate today = LocalDate.now(clock);
    if (command == null) {
      throw new InvalidInputException(List.of(new FieldViolation("body", "body.required",
          "A request body is required")));
    }
    List<FieldViolation> bad = new ArrayList<>();
    Integer count = command.installmentCount();
    if (count == null || count < InstallmentSchedule.MIN_INSTALLMENTS
        || count > InstallmentSchedule.MAX_INSTALLMENTS) {
      bad.add(new FieldViolation("installmentCount", "plan.installmentCount",
          "A plan has between " + InstallmentSchedule.MIN_INSTALLMENTS + " and "
              + InstallmentSchedule.MAX_INSTALLMENTS + " installments"));
    }
    LocalDate first = command.firstDueDate();
    if (first == null || first.isBefore(today.minusYears(FIRST_DUE_DATE_YEARS))
        || first.isAfter(today.plusYears(FIRST_DUE_DATE_YEARS))) {
      bad.add(new FieldViolation("firstDueDate", "plan.firstDueDate",
          "The first installment falls due within a year of today, before or after"));
    }
    if (command.total() != null && (command.total().signum() <= 0
        || command.total().stripTrailingZeros().scale() > f.currency().getDefaultFractionDigits())) {
      bad.add(new FieldViolation("total", "plan.total",
          "The total is above zero, in " + f.currency() + " with at most "
              + f.currency().getDefaultFractionDigits() + " decimals"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
    if (f.stage().isSuspended() || f.stage().isClosed()) {
      throw new InvalidInputException(List.of(new FieldViolation("case", "plan.stage",
          "No payment plan on a case that is " + f.stage())));
    }
    Money due = valuator.value(f, today).due();
    Money total = command.total() == null ? due : Money.of(command.total(), f.currency());
    if (total.compareTo(due) > 0 || total.isZero() || total.isNegative()) {
      throw new InvalidInputException(List.of(new FieldViolation("total", "plan.totalAboveDue",
          due.isZero() || due.isNegative() ? "Nothing is due on this case"
              : "A plan covers at most what is due today: " + due)));
    }
    PlanFrequency frequency = command.frequency() == null ? PlanFrequency.MONTHLY
        : command.frequency();
    List<Installment> schedule;
    try {
      schedule = InstallmentSchedule.split(total, count, first, frequency);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(new FieldViolation("total", "plan.tooSmall",
          e.getMessage())));
    }
    if (activePlanOf(f.id()) != null) {
      throw new ConflictException("plan.active",
          "The case already has an active payment plan: cancel it before proposing another");
    }
    PaymentPlan plan = PaymentPlan.propose(UUID.randomUUID(), f.id(), f.creditorId(), total,
        frequency, schedule, today, caller.username(), clock.instant());
    em.persist(plan);
    changes.recordEvent(f, caller, CaseEventKind.PAYMENT_PLAN_PROPOSED, null,
        count + " × " + frequency.name().toLowerCase() + " from " + first + ", " + total);
    audit.record(caller, "payment-plan.proposed", "PaymentPlan", plan.id(), null,
        plan.auditState());
    return view(plan, today);
  }

  /**
   * Records the debtor's signature: it acknowledges the debt, so it interrupts limitation (C. civ.
   * 2240), and the case moves to PAYMENT_PLAN. A case not yet worked (NEW) passes through
   * AMICABLE, since a plan is negotiated amicably; both moves follow the lifecycle rules.
   */
  public PaymentPlanView sign(UUID caseId, UUID planId, PlanSignature command) {
    CaseFile f = scope.loadForUpdate(caseId);
    Caller caller = requireStaff("record a plan's signature");
    PaymentPlan plan = planOf(f, planId);
    LocalDate today = LocalDate.now(clock);
    LocalDate signedOn = command == null || command.signedOn() == null ? today
        : command.signedOn();
    if (signedOn.isAfter(today) || signedOn.isBefore(plan.proposedOn())) {
      throw new InvalidInputException(List.of(new FieldViolation("signedOn", "plan.signedOn",
          "The plan is signed between its proposal (" + plan.proposedOn() + ") and today")));
    }
    if (plan.status() != PaymentPlanStatus.ACTIVE || plan.signedOn().isPresent()) {
      throw new ConflictException("plan.notSignable", "The plan is " + plan.status()
          + plan.signedOn().map(d -> ", signed on " + d).orElse("") + ": it cannot be signed");
    }
    if (f.stage().isSuspended() || f.stage().isClosed()) {
      throw new ConflictException("plan.stage", "No payment plan is signed on a case that is "
          + f.stage());
    }
    PaymentPlan.AuditState before = plan.auditState();
    plan.sign(signedOn);
    changes.recordEvent(f, caller, CaseEventKind.PAYMENT_PLAN_SIGNED, signedOn,
        "Payment plan of " + plan.total() + " signed");
    if (f.stage() == Stage.NEW) {
      changes.move(f, caller, Stage.AMICABLE, "Payment plan agreed with the debtor");
    }
    if (f.stage() != Stage.PAYMENT_PLAN) {
      changes.move(f, caller, Stage.PAYMENT_PLAN, "Payment plan signed on " + signedOn);
    }
    audit.record(caller, "payment-plan.signed", "PaymentPlan", plan.id(), before,
        plan.auditState());
    return view(plan, today);
  }

  /**
   * Withdraws an active plan. A case that was on the plan goes back to amicable work, so that
   * its strategy gives the collector tasks again.
   */
  public PaymentPlanView cancel(UUID caseId, UUID planId, PlanCancellation command) {
    CaseFile f = scope.loadForUpdate(caseId);
    Caller caller = requireStaff("cancel payment plans");
    PaymentPlan plan = planOf(f, planId);
    String reason = command == null || command.reason() == null || command.reason().isBlank()
        ? null : command.reason().strip();
    if (reason != null && reason.length() > 500) {
      throw new InvalidInputException(List.of(new FieldViolation("reason", "tooLong",
          "At most 500 characters")));
    }
    if (plan.status() != PaymentPlanStatus.ACTIVE) {
      throw new ConflictException("plan.notActive",
          "The plan is " + plan.status() + ": only an active plan can be cancelled");
    }
    PaymentPlan.AuditState before = plan.auditState();
    plan.cancel(reason);
    changes.recordEvent(f, caller, CaseEventKind.PAYMENT_PLAN_CANCELLED, null, reason);
    if (f.stage() == Stage.PAYMENT_PLAN) {
      changes.move(f, caller, Stage.AMICABLE,
          "Payment plan cancelled" + (reason == null ? "" : ": " + reason));
    }
    audit.record(caller, "payment-plan.cancelled", "PaymentPlan", plan.id(), before,
        plan.auditState());
    return view(plan, LocalDate.now(clock));
  }

  /** The case's plans, newest first, each with how it is kept today. */
  public List<PaymentPlanView> of(UUID caseId) {
    CaseFile f = scope.load(caseId);
    LocalDate today = LocalDate.now(clock);
    return em.createQuery("select p from PaymentPlan p where p.caseId = :case"
                + " and p.creditorId = :creditor order by p.createdAt desc, p.id",
            PaymentPlan.class)
        .setParameter("case", f.id())
        .setParameter("creditor", f.creditorId())
        .getResultList().stream().map(p -> view(p, today)).toList();
  }

  public PaymentPlanView track(UUID caseId, UUID planId) {
    return view(planOf(scope.load(caseId), planId), LocalDate.now(clock));
  }

  /**
   * The daily check: every signed plan in force on a case being worked is tracked; a breached
   * one is marked BREACHED, its case goes back to AMICABLE with the breach on its timeline, and
   * the case's collector gets one task to call the debtor; a fully paid one is marked COMPLETED.
   * Runs once at a time across instances (an advisory lock; a run that cannot take it skips), and
   * a second run finds nothing left to do: only ACTIVE plans are looked at, and a plan gives at
   * most one breach task (unique key).
   */
  public BreachCheck checkBreaches(LocalDate today, Caller actor) {
    Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(" + LOCK
        + ")").getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return new BreachCheck(false, today, 0, 0, 0);
    }
    // Suspended and closed cases wait: no work on them, and a breach found later is dated all
    // the same (PlanTracking's verdict does not depend on when it is asked).
    List<PaymentPlan> plans = em.createQuery("select p from PaymentPlan p, CaseFile c"
                + " where c.id = p.caseId and p.status = 'ACTIVE' and p.signedOn is not null"
                + " and c.stage not in ('DISPUTED', 'ON_HOLD', 'CLOSED_PAID', 'CLOSED_SETTLED',"
                + " 'CLOSED_IRRECOVERABLE', 'RETURNED_TO_CLIENT') order by p.id",
            PaymentPlan.class)
        .getResultList();
    int breached = 0;
    int completed = 0;
    for (PaymentPlan plan : plans) {
      PlanTracking.Result tracking = trackingOf(plan, today);
      switch (tracking.standing()) {
        case BREACHED -> {
          breach(plan, tracking.breach().orElseThrow(), today, actor);
          breached++;
        }
        case COMPLETED -> {
          complete(plan, actor);
          completed++;
        }
        case ON_TRACK -> { }
      }
    }
    BreachCheck result = new BreachCheck(true, today, plans.size(), breached, completed);
    audit.record(actor, "plan-breaches.run", "Job", "plan-breaches@" + today, null, result);
    return result;
  }

  private void breach(PaymentPlan plan, PlanTracking.Breach breach, LocalDate today,
      Caller actor) {
    CaseFile f = em.find(CaseFile.class, plan.caseId(), LockModeType.PESSIMISTIC_WRITE);
    PaymentPlan.AuditState before = plan.auditState();
    plan.breach(breach.seq(), breach.since());
    changes.recordEvent(f, actor, CaseEventKind.PAYMENT_PLAN_BREACHED, null,
        "Installment " + breach.seq() + " due " + breach.dueDate() + " unpaid since "
            + breach.since() + " (" + breach.unpaid() + " outstanding)");
    if (f.stage() == Stage.PAYMENT_PLAN) {
      changes.move(f, actor, Stage.AMICABLE, "Payment plan breached: installment "
          + breach.seq() + " unpaid");
    }
    em.flush();
    em.createNativeQuery("insert into task (id, case_id, payment_plan_id, due_on, channel,"
            + " template, tone, created_on, created_at)"
            + " values (?, ?, ?, ?, 'CALL', 'PLAN_BREACHED', 'FIRM', ?, ?) on conflict do nothing")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, f.id())
        .setParameter(3, plan.id())
        .setParameter(4, Date.valueOf(today))
        .setParameter(5, Date.valueOf(today))
        .setParameter(6, Timestamp.from(clock.instant()))
        .executeUpdate();
    audit.record(actor, "payment-plan.breached", "PaymentPlan", plan.id(), before,
        plan.auditState());
  }

  private void complete(PaymentPlan plan, Caller actor) {
    CaseFile f = em.find(CaseFile.class, plan.caseId(), LockModeType.PESSIMISTIC_WRITE);
    PaymentPlan.AuditState before = plan.auditState();
    plan.complete();
    // Closing the case stays a decision of the staff: costs or interest may still be due.
    changes.recordEvent(f, actor, CaseEventKind.PAYMENT_PLAN_COMPLETED, null,
        "Every installment of " + plan.total() + " paid");
    audit.record(actor, "payment-plan.completed", "PaymentPlan", plan.id(), before,
        plan.auditState());
  }

  private PaymentPlanView view(PaymentPlan plan, LocalDate today) {
    return plan.view(trackingOf(plan, today));
  }

  private PlanTracking.Result trackingOf(PaymentPlan plan, LocalDate today) {
    return PlanTracking.track(plan.installments(),
        payments.receivedOn(plan.caseId(), plan.proposedOn()), today, graceDays);
  }

  /** A plan of a case the caller may see; a plan of another case is "not found" as well. */
  private PaymentPlan planOf(CaseFile f, UUID planId) {
    PaymentPlan plan = em.find(PaymentPlan.class, planId);
    if (plan == null || !plan.caseId().equals(f.id())
        || !plan.creditorId().equals(f.creditorId())) {
      throw new NotFoundException("Payment plan", planId);
    }
    return plan;
  }

  private PaymentPlan activePlanOf(UUID caseId) {
    return em.createQuery("select p from PaymentPlan p where p.caseId = :case"
            + " and p.status = 'ACTIVE'", PaymentPlan.class)
        .setParameter("case", caseId)
        .getResultStream().findFirst().orElse(null);
  }

  private Caller requireStaff(String what) {
    Caller caller = scope.caller();
    if (caller.isCreditorScoped() || !caller.isAgencyStaff()) {
      throw new ForbiddenException("Only agency staff may " + what);
    }
    return caller;
  }
}
