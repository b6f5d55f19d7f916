package io.recova.agency.judicial;

import io.recova.agency.money.Money;
import io.recova.agency.valuation.CostsOnRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** The costs judgments put on the debtor: their dépens and article 700 indemnities. */
@ApplicationScoped
public class JudgmentCosts implements CostsOnRecord {

  @PersistenceContext(unitName = "recova")
  EntityManager em;

  @Override
  public Money of(UUID caseId, Currency currency, LocalDate asOf) {
    Object sum = em.createNativeQuery("select coalesce(sum(coalesce(award_costs, 0)"
            + " + coalesce(award_article700, 0)), 0) from judicial_step where case_id = ?"
            + " and kind = 'JUDGMENT' and award_currency = ? and step_date <= ?")
        .setParameter(1, caseId)
        .setParameter(2, currency.getCurrencyCode())
        .setParameter(3, Date.valueOf(asOf))
        .getSingleResult();
    return Money.of(((BigDecimal) sum).setScale(currency.getDefaultFractionDigits()), currency);
  }
}
