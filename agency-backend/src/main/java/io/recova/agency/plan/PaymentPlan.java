package io.recova.agency.plan;

import io.recova.agency.money.Money;
import io.recova.agency.platform.persistence.InstantConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment plan (échéancier) agreed with the debtor of a case.
 *
 * <p>Lifecycle: proposed (ACTIVE, unsigned) → signed (ACTIVE) → COMPLETED when every installment is
 * paid, or BREACHED when one goes unpaid past its grace. An ACTIVE plan, signed or not, may be
 * CANCELLED. The installments never change: a new schedule is a new plan.
 */
@Entity
@Table(name = "payment_plan")
public class PaymentPlan {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "creditor_id", nullable = false)
  private UUID creditorId;

  @Column(name = "total", nullable = false)
  private BigDecimal total;

  @Column(name = "currency", nullable = false)
  private String currency;

  @Column(name = "frequency", nullable = false)
  private String frequency;

  @Column(name = "installment_count", nullable = false)
  private int installmentCount;

  @Column(name = "first_due_date", nullable = false)
  private LocalDate firstDueDate;

  @Column(name = "proposed_on", nullable = false)
  private LocalDate proposedOn;

  @Column(name = "signed_on")
  private LocalDate signedOn;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "breached_on")
  private LocalDate breachedOn;

  @Column(name = "breached_installment")
  private Integer breachedInstallment;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "payment_plan_installment",
      joinColumns = @JoinColumn(name = "plan_id", nullable = false))
  @OrderBy("seq")
  private List<PlanInstallment> installments = new ArrayList<>();

  @Version private long version;

  protected PaymentPlan() {}

  /** A plan put to the debtor; the schedule comes from {@link InstallmentSchedule}. */
  static PaymentPlan propose(UUID id, UUID caseId, UUID creditorId, Money total,
      PlanFrequency frequency, List<Installment> schedule, LocalDate proposedOn, String by,
      Instant at) {
    PaymentPlan p = new PaymentPlan();
    p.id = id;
    p.caseId = caseId;
    p.creditorId = creditorId;
    p.total = total.amount();
    p.currency = total.currency().getCurrencyCode();
    p.frequency = frequency.name();
    p.installmentCount = schedule.size();
    p.firstDueDate = schedule.get(0).dueDate();
    p.proposedOn = proposedOn;
    p.status = PaymentPlanStatus.ACTIVE.name();
    p.createdBy = by;
    p.createdAt = at;
    schedule.forEach(i -> p.installments.add(new PlanInstallment(i)));
    return p;
  }

  void sign(LocalDate on) {
    requireActive();
    if (signedOn != null) {
      throw new IllegalStateException("Plan " + id + " is already signed");
    }
    signedOn = on;
  }

  void cancel(String reason) {
    requireActive();
    status = PaymentPlanStatus.CANCELLED.name();
    cancelReason = reason;
  }

  void breach(int installment, LocalDate since) {
    requireActive();
    status = PaymentPlanStatus.BREACHED.name();
    breachedInstallment = installment;
    breachedOn = since;
  }

  void complete() {
    requireActive();
    status = PaymentPlanStatus.COMPLETED.name();
  }

  private void requireActive() {
    if (status() != PaymentPlanStatus.ACTIVE) {
      throw new IllegalStateException("Plan " + id + " is " + status);
    }
  }

  public UUID id() {
    return id;
  }

  public UUID caseId() {
    return caseId;
  }

  public UUID creditorId() {
    return creditorId;
  }

  public Money total() {
    return Money.of(total, currency());
  }

  Currency currency() {
    return Currency.getInstance(currency);
  }

  public PaymentPlanStatus status() {
    return PaymentPlanStatus.valueOf(status);
  }

  public LocalDate proposedOn() {
    return proposedOn;
  }

  public Optional<LocalDate> signedOn() {
    return Optional.ofNullable(signedOn);
  }

  public List<Installment> installments() {
    return installments.stream().map(i -> i.in(currency())).toList();
  }

  /** What the audit trail keeps of a plan before and after a change. */
  public record AuditState(UUID caseId, Money total, PlanFrequency frequency,
      int installmentCount, LocalDate firstDueDate, LocalDate signedOn, PaymentPlanStatus status,
      LocalDate breachedOn, Integer breachedInstallment, String cancelReason) {}

  AuditState auditState() {
    return new AuditState(caseId, total(), PlanFrequency.valueOf(frequency), installmentCount,
        firstDueDate, signedOn, status(), breachedOn, breachedInstallment, cancelReason);
  }

  PaymentPlanView view(PlanTracking.Result tracking) {
    return new PaymentPlanView(id, caseId, total(), PlanFrequency.valueOf(frequency),
        installmentCount, firstDueDate, proposedOn, signedOn, status(), breachedOn,
        breachedInstallment, cancelReason, createdBy, createdAt, tracking.standing(),
        tracking.paid(), tracking.remaining(), tracking.breach().orElse(null),
        tracking.installments().stream().map(PaymentPlanView.InstallmentView::of).toList());
  }
}
