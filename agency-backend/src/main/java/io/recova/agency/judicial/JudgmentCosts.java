package io.recova.agency.judicial;

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

  @Override
  public DatedCosts dated(UUID caseId, Currency currency) {
    List<?> rows = em.createNativeQuery("select step_date, coalesce(award_costs, 0)"
            + " + coalesce(award_article700, 0) from judicial_step where case_id = ?"
            + " and kind = 'JUDGMENT' and award_currency = ?")
        .setParameter(1, caseId)
        .setParameter(2, currency.getCurrencyCode())
        .getResultList();
    int digits = currency.getDefaultFractionDigits();
    return new DatedCosts(currency, rows.stream().map(r -> (Object[]) r)
        .map(r -> new DatedCosts.Cost(((Date) r[0]).toLocalDate(),
            Money.of(((BigDecimal) r[1]).setScale(digits), currency)))
        .toList());
  }

  /**
   * What one judgment put on the debtor, in the case's currency.
   *
   * @param costs the dépens it liquidated (zero when it named no amount)
   * @param article700 the indemnity towards the creditor's lawyer fees (CPC 700)
   */
  public record Award(LocalDate date, Money costs, Money article700) {}

  /** The case's judgments that award costs or an article 700 indemnity, oldest first. */
  public List<Award> awards(UUID caseId, Currency currency) {
    List<?> rows = em.createNativeQuery("select step_date, coalesce(award_costs, 0),"
            + " coalesce(award_article700, 0) from judicial_step where case_id = ?"
            + " and kind = 'JUDGMENT' and award_currency = ? order by step_date, recorded_at")
        .setParameter(1, caseId)
        .setParameter(2, currency.getCurrencyCode())
        .getResultList();
    int digits = currency.getDefaultFractionDigits();
    return rows.stream().map(r -> (Object[]) r).map(r -> new Award(((Date) r[0]).toLocalDate(),
            Money.of(((BigDecimal) r[1]).setScale(digits), currency),
            Money.of(((BigDecimal) r[2]).setScale(digits), currency)))
        .filter(a -> !a.costs().isZero() || !a.article700().isZero())
        .toList();
  }
}
