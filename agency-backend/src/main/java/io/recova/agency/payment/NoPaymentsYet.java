package io.recova.agency.payment;

import io.recova.agency.valuation.ReceivedPayment;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Placeholder until payments are recorded: Recova does not take payments yet, so no case has
 * received any. The payments work (with the trust ledger) replaces this bean with one that reads
 * the recorded payments; nothing else needs to change.
 */
@ApplicationScoped
public class NoPaymentsYet implements CasePayments {

  @Override
  public List<ReceivedPayment> receivedOn(UUID caseId, LocalDate from) {
    return List.of();
  }
}
