package io.recova.agency.remittance;

import io.recova.agency.money.Money;
import java.util.List;
import java.util.function.Function;

/**
 * One creditor's remittance, worked out: {@code payable − uncleared − heldForDebtors =
 * available};
 * {@code available − feesNetted − costsNetted − reclaimedNetted = amount} paid out.
 *
 * @param uncleared funds of payments not yet cleared on the period end: held back
 * @param heldForDebtors overpayments held on cases: the debtors' money, held back
 * @param feesNetted fees the creditor owes, taken from what it is paid
 * @param costsNetted costs the creditor bears (advanced by the agency, re-billed at cost), taken
 *     from what it is paid
 * @param reclaimedNetted funds remitted earlier from payments reversed since (returned by the
 *     bank), which the creditor owes back, taken from what it is paid
 * @param reclaimOutstanding what the creditor still owes back after this remittance: the funds
 *     did not cover it, it waits for the next one
 * @param amount what is transferred to the creditor
 * @param remitted the payments cleared by the period end that this remittance pays
 * @param late those of them cleared for longer than the legal delay (R124-6, DOMAIN D5)
 */
public record RemittanceFigures(Money payable, Money uncleared, Money heldForDebtors,
    Money feesNetted, Money costsNetted, Money reclaimedNetted, Money reclaimOutstanding,
    Money amount,
    List<OpenPayment> remitted, List<OpenPayment> late) {

  public RemittanceFigures {
    remitted = List.copyOf(remitted);
    late = List.copyOf(late);
  }

  /**
   * True when the run has nothing to pay, net or say for this creditor. A reclaim still owed is
   * something to say: the line shows the manager and the creditor what remains due.
   */
  public boolean isEmpty() {
    return amount.isZero() && feesNetted.isZero() && costsNetted.isZero()
        && reclaimedNetted.isZero() && reclaimOutstanding.isZero() && remitted.isEmpty();
  }

  /** What is paid and netted, for the ledger. */
  public RemittancePayout payout() {
    return new RemittancePayout(amount, feesNetted, costsNetted, reclaimedNetted);
  }

  /** What the debtors paid in the payments remitted. */
  public Money collected() {
    return sumOfRemitted(OpenPayment::amount);
  }

  /** The fees and VAT the payments remitted left with the agency. */
  public Money feesKept() {
    return sumOfRemitted(OpenPayment::feesKept);
  }

  /** What the payments remitted repaid of the costs the agency advanced. */
  public Money costsRepaid() {
    return sumOfRemitted(OpenPayment::costsRepaid);
  }

  private Money sumOfRemitted(Function<OpenPayment, Money> figure) {
    return remitted.stream().map(figure).reduce(Money.zero(amount.currency()), Money::plus);
  }
}
