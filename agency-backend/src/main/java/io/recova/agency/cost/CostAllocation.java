package io.recova.agency.cost;

import io.recova.agency.money.Money;

/**
 * Decides who bears a cost the agency advanced. Without a title, collection costs stay with the
 * creditor (L111-8 al. 1; any contrary clause is void); with one, enforcement costs fall on the
 * debtor, except the commissaire's proportional fee (A444-32); the dépens follow the judgment
 * (CPC 696); a lawyer's fee reaches the debtor only through an article 700 award. A share the
 * debtor does not bear goes to the creditor, or to the agency when the mandate says so.
 */
public final class CostAllocation {

  private CostAllocation() {}

  public static CostShare allocate(Money cost, CostKind kind, CostFacts facts) {
    if (cost.isNegative() || cost.isZero()) {
      throw new IllegalArgumentException("A cost is above zero, not " + cost);
    }
    Money zero = Money.zero(cost.currency());
    CostBearer other = facts.unrecoverableBorneBy();
    return switch (kind) {
      case COMMISSAIRE_PROPORTIONAL_FEE -> new CostShare(zero, cost, other,
          CostReason.PROPORTIONAL_FEE.text());
      case LAWYER_FEE -> {
        Money award = facts.article700Award();
        if (!award.currency().equals(cost.currency()) || award.isZero()) {
          yield new CostShare(zero, cost, other,
              CostReason.LAWYER_WITHOUT_AWARD.text());
        }
        Money onDebtor = award.compareTo(cost) >= 0 ? cost : award;
        yield new CostShare(onDebtor, cost.minus(onDebtor), other,
            CostReason.LAWYER_WITHIN_AWARD.text());
      }
      case COURT_FEE, COMMISSAIRE_ACT -> facts.debtorOrderedToPayCosts()
          ? new CostShare(cost, zero, other, CostReason.DEPENS_ON_DEBTOR.text())
          : kind == CostKind.COMMISSAIRE_ACT && facts.enforceableTitle()
              ? new CostShare(cost, zero, other,
                  CostReason.ENFORCEMENT_UNDER_TITLE.text())
              : new CostShare(zero, cost, other,
                  CostReason.NO_TITLE.text());
      case OTHER -> new CostShare(zero, cost, other,
          CostReason.COLLECTION_WITHOUT_TITLE.text());
    };
  }
}
