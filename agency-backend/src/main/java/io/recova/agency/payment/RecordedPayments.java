package io.recova.agency.payment;

import io.recova.agency.valuation.ReceivedPayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The payments posted on a case, less those reversed, read in the caller's transaction. */
@ApplicationScoped
public class RecordedPayments implements CasePayments {

  private static final String STANDING = "select p from Payment p where p.caseId = :case"
      + " and not exists (select r from PaymentReversal r where r.paymentId = p.id)";

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Override
  public List<ReceivedPayment> of(UUID caseId) {
    return em.createQuery(STANDING + " order by p.valueDate, p.recordedAt, p.id", Payment.class)
        .setParameter("case", caseId)
        .getResultStream().map(Payment::received).toList();
  }

  @Override
  public List<ReceivedPayment> receivedOn(UUID caseId, LocalDate from) {
    return em.createQuery(STANDING + " and p.valueDate >= :from"
            + " order by p.valueDate, p.recordedAt, p.id", Payment.class)
        .setParameter("case", caseId)
        .setParameter("from", from)
        .getResultStream().map(Payment::received).toList();
  }
}
