package io.recova.deploy.it;

import io.recova.agency.money.Money;
import io.recova.agency.payment.CasePayments;
import io.recova.agency.valuation.ReceivedPayment;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * Test stand-in for the payments Recova does not take yet, deployed only by {@link
 * SettlementPaidIT}: a case whose reference starts with {@code PAID-} has received, on the day its
 * settlement was accepted, exactly the amount agreed. Every other case has received nothing, as
 * with the real placeholder.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class MarkedCasesArePaid implements CasePayments {

  static final String MARK = "PAID-";

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Override
  public List<ReceivedPayment> receivedOn(UUID caseId, LocalDate from) {
    List<?> rows = em.createNativeQuery("select s.amount, s.currency from settlement s"
            + " join case_file c on c.id = s.case_id where s.case_id = ?"
            + " and s.status = 'ACCEPTED' and c.external_reference like '" + MARK + "%'")
        .setParameter(1, caseId)
        .getResultList();
    return rows.stream().map(row -> (Object[]) row)
        .map(r -> new ReceivedPayment(from, Money.of((BigDecimal) r[0],
            Currency.getInstance(r[1].toString().strip())), null))
        .toList();
  }
}
