package io.recova.agency.cost;

import io.recova.agency.judicial.JudgmentCosts;
import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A cost's split as recorded: the {@link CostShare} of {@link CostAllocation}, and how much of the
 * debtor's share a judgment's award already put on the debtor's balance.
 *
 * <p>A judgment's article 700 indemnity and its liquidated dépens are on the balance from its date
 * (judicial.JudgmentCosts): a lawyer's fee the debtor bears up to the article 700 award, or a court
 * fee or commissaire's act within the dépens, is repaid out of that award and must not be added a
 * second time. What the debtor bears beyond an award (enforcement under a title, dépens above the
 * figure the court named) is added to the balance.
 *
 * @param debtorWithinAward the part of {@code share.debtor()} an award already counts
 */
public record CostSplit(CostShare share, Money debtorWithinAward) {

  public CostSplit {
    if (debtorWithinAward.isNegative() || debtorWithinAward.compareTo(share.debtor()) > 0) {
      throw new IllegalArgumentException("Within the award is a part of the debtor's share");
    }
  }

  /** What this cost adds to the debtor's balance. */
  public Money addedToBalance() {
    return share.debtor().minus(debtorWithinAward);
  }

  /**
   * What the case says about a cost.
   *
   * @param titleSince the day the creditor holds an enforceable title (a judgment, a payment
   *     order become enforceable), if it does
   * @param awards the case's judgments awarding dépens or an article 700 indemnity
   * @param article700Taken what earlier lawyer fees on the debtor already took of the article 700
   *     awards
   * @param depensTaken what earlier court fees and commissaire's acts already took of the dépens
   *     the judgments liquidated
   * @param unrecoverableBorneBy the mandate's bearer of what the debtor does not bear
   */
  public record CaseFacts(Optional<LocalDate> titleSince, List<JudgmentCosts.Award> awards,
      Money article700Taken, Money depensTaken, CostBearer unrecoverableBorneBy) {}

  /** Splits a cost incurred on a day, from what the case says. */
  public static CostSplit decide(Money total, CostKind kind, LocalDate incurredOn, CaseFacts c) {
    Money zero = Money.zero(total.currency());
    boolean title = c.titleSince().filter(d -> !d.isAfter(incurredOn)).isPresent();
    // The dépens are the costs of the proceedings a judgment ends: incurred by its date (CPC 695).
    List<JudgmentCosts.Award> covering = c.awards().stream()
        .filter(a -> !a.date().isBefore(incurredOn) && !a.costs().isZero()).toList();
    boolean depensOnDebtor = !covering.isEmpty();
    Money article700 = c.awards().stream().map(JudgmentCosts.Award::article700)
        .reduce(zero, Money::plus).minus(c.article700Taken());
    CostFacts facts = new CostFacts(title, depensOnDebtor,
        article700.isNegative() ? zero : article700, c.unrecoverableBorneBy());
    CostShare share = CostAllocation.allocate(total, kind, facts);
    Money within = zero;
    if (kind == CostKind.LAWYER_FEE) {
      within = share.debtor();
    } else if ((kind == CostKind.COURT_FEE || kind == CostKind.COMMISSAIRE_ACT) && depensOnDebtor
        && !share.debtor().isZero()) {
      Money depens = covering.stream().map(JudgmentCosts.Award::costs).reduce(zero, Money::plus)
          .minus(c.depensTaken());
      within = depens.isNegative() ? zero
          : depens.compareTo(share.debtor()) >= 0 ? share.debtor() : depens;
    }
    return new CostSplit(share, within);
  }
}
