package io.recova.agency.plan;

import io.recova.agency.valuation.ReceivedPayment;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The source of payments until Recova records payments: none. Plans therefore stay on track until
 * an installment's grace runs out, then breach; replace this class with the ledger's
 * implementation of {@link CasePayments} when payments arrive.
 */
@ApplicationScoped
public class NoPaymentsYet implements CasePayments {

  @Override
  public List<ReceivedPayment> receivedOn(UUID caseId, LocalDate from) {
    return List.of();
  }
}
