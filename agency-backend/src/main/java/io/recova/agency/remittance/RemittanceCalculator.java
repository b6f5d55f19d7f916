package io.recova.agency.remittance;

import io.recova.agency.money.Money;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Works out one creditor's remittance for a period end (CPCE R124-6). Pure arithmetic over the
 * ledger's balances, so a run prepared twice from the same ledger gives the same figures, and a
 * run prepared after an approved one finds the remitted money no longer payable.
 *
 * <ol>
 *   <li>The funds held for the creditor are its payable balance: everything collected for it, less
 *       the fees and VAT booked on each payment (and agreed costs), less earlier remittances.
 *   <li>What payments not yet cleared on the period end left there is held back: a cheque may
 *       still bounce, a card payment be charged back, and the agency would have paid the creditor
 *       with another creditor's money. So are overpayments held on cases: the debtors' money.
 *   <li>Fees the creditor owes (on payments it received directly, or a file fee above a small
 *       payment) are netted from the rest, then the agreed costs it bears (costs the agency
 *       advanced and re-bills at cost), then what it owes back of funds remitted from payments the
 *       bank took back since (a bounced cheque, a chargeback: {@code
 *       payment.RemittedFundsReclaim}); what remains is paid. Nothing is ever negative: a
 *       creditor who owes more than it is due is paid nothing and owes the difference.
 * </ol>
 *
 * A payment cleared by the period end and still unremitted more than the delay after its
 * encashment (the mandate's, else the legal month: DOMAIN D5) is flagged late.
 */
public final class RemittanceCalculator {

  /** R124-6: funds are remitted within a month of their actual encashment, unless agreed. */
  public static final Period LEGAL_DELAY = io.recova.agency.mandate.Mandate.LEGAL_REMITTANCE_DELAY;

  private RemittanceCalculator() {}

  public static RemittanceFigures compute(CreditorFunds funds, LocalDate periodEnd,
      Period delay) {
    Money zero = Money.zero(funds.payable().currency());
    Money uncleared = funds.open().stream()
        .filter(p -> p.clearedOn().isAfter(periodEnd))
        .map(OpenPayment::fundsForCreditor)
        .reduce(zero, Money::plus);
    Money available = funds.payable().minus(uncleared).minus(funds.heldForDebtors());
    if (available.isNegative()) {
      available = zero;
    }
    Money netted = upTo(funds.feesReceivable(), available);
    Money costsNetted = upTo(funds.costsReceivable(), available.minus(netted));
    Money rest = available.minus(netted).minus(costsNetted);
    // Last: funds remitted from payments the bank took back since; what the rest does not cover
    // stays owed, for the next remittance.
    Money reclaimedNetted = upTo(funds.reclaimable(), rest);
    Money reclaimOutstanding = funds.reclaimable().isNegative() ? zero
        : funds.reclaimable().minus(reclaimedNetted);
    Money amount = rest.minus(reclaimedNetted);
    List<OpenPayment> remitted = funds.open().stream()
        .filter(p -> !p.clearedOn().isAfter(periodEnd))
        .toList();
    List<OpenPayment> late = remitted.stream()
        .filter(p -> p.clearedOn().plus(delay).isBefore(periodEnd))
        .toList();
    return new RemittanceFigures(funds.payable(), uncleared, funds.heldForDebtors(), netted,
        costsNetted, reclaimedNetted, reclaimOutstanding, amount, remitted, late);
  }

  /** What is owed, at most what there is; never below zero. */
  private static Money upTo(Money owed, Money there) {
    Money netted = owed.compareTo(there) <= 0 ? owed : there;
    return netted.isNegative() ? Money.zero(owed.currency()) : netted;
  }
}
