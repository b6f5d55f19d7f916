package io.recova.agency.cost;

import io.recova.agency.money.Money;

/**
 * What decides who bears a cost.
 *
 * @param enforceableTitle the creditor holds a title against the debtor (a judgment, an order for
 *     payment become enforceable): enforcement costs then fall on the debtor (L111-8)
 * @param debtorOrderedToPayCosts the judgment puts the dépens on the debtor (CPC 696)
 * @param article700Award what the judgment awards under CPC 700 towards the lawyer's fees, less
 *     what earlier lawyer fees already took of it; zero when nothing was awarded
 * @param unrecoverableBorneBy who bears a cost the debtor does not: the creditor, or the agency
 *     when its mandate says its fee covers such costs
 */
public record CostFacts(boolean enforceableTitle, boolean debtorOrderedToPayCosts,
    Money article700Award, CostBearer unrecoverableBorneBy) {

  public CostFacts {
    if (unrecoverableBorneBy == CostBearer.DEBTOR) {
      throw new IllegalArgumentException("The debtor bears only what a title puts on it");
    }
    if (article700Award.isNegative()) {
      throw new IllegalArgumentException("An article 700 award is not negative");
    }
  }
}
