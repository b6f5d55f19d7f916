package io.recova.agency.plan;

import io.recova.agency.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan as recorded, with how it is kept today.
 *
 * @param status where the plan is in its life, as recorded
 * @param standing how it is kept today, from the payments received (for an unsigned plan, what
 *     would be the case if it were signed)
 * @param breach the installment that breached the plan, when {@code standing} says so
 */
public record PaymentPlanView(
    UUID id,
    UUID caseId,
    Money total,
    PlanFrequency frequency,
    int installmentCount,
    LocalDate firstDueDate,
    LocalDate proposedOn,
    LocalDate signedOn,
    PaymentPlanStatus status,
    LocalDate breachedOn,
    Integer breachedInstallment,
    String cancelReason,
    String createdBy,
    Instant createdAt,
    PlanStanding standing,
    Money paid,
    Money remaining,
    PlanTracking.Breach breach,
    List<InstallmentView> installments) {

  /** One installment and where it stands today. */
  public record InstallmentView(int seq, LocalDate dueDate, Money amount, Money paid,
      InstallmentStatus status, LocalDate coveredOn) {

    static InstallmentView of(PlanTracking.InstallmentState s) {
      return new InstallmentView(s.installment().seq(), s.installment().dueDate(),
          s.installment().amount(), s.paid(), s.status(), s.coveredOn());
    }
  }
}
