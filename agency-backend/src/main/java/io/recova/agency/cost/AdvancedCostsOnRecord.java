package io.recova.agency.cost;

import io.recova.agency.money.Money;
import io.recova.agency.valuation.CostsOnRecord;
import io.recova.agency.valuation.DatedCosts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * The debtor's shares of the costs the agency advanced, as the valuation adds them to what the
 * debtor owes from the day each was paid: less the parts a judgment's award already counts
 * ({@link CostSplit}), and without the reversed costs.
 */
@ApplicationScoped
public class AdvancedCostsOnRecord implements CostsOnRecord {

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Override
  public Money of(UUID caseId, Currency currency, LocalDate asOf) {
    Object sum = em.createNativeQuery("select coalesce(sum(c.debtor_share"
            + " - c.debtor_within_award), 0) from advanced_cost c where c.case_id = ?"
            + " and c.currency = ? and c.incurred_on <= ?"
            + " and not exists (select 1 from advanced_cost_reversal r where r.cost_id = c.id)")
        .setParameter(1, caseId)
        .setParameter(2, currency.getCurrencyCode())
        .setParameter(3, Date.valueOf(asOf))
        .getSingleResult();
    return Money.of(((BigDecimal) sum).setScale(currency.getDefaultFractionDigits()), currency);
  }

  @Override
  public DatedCosts dated(UUID caseId, Currency currency) {
    List<?> rows = em.createNativeQuery("select c.incurred_on, c.debtor_share"
            + " - c.debtor_within_award from advanced_cost c where c.case_id = ?"
            + " and c.currency = ?"
            + " and not exists (select 1 from advanced_cost_reversal r where r.cost_id = c.id)")
        .setParameter(1, caseId)
        .setParameter(2, currency.getCurrencyCode())
        .getResultList();
    int digits = currency.getDefaultFractionDigits();
    return new DatedCosts(currency, rows.stream().map(r -> (Object[]) r)
        .map(r -> new DatedCosts.Cost(((Date) r[0]).toLocalDate(),
            Money.of(((BigDecimal) r[1]).setScale(digits), currency)))
        .toList());
  }
}
