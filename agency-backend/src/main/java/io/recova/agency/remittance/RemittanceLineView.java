package io.recova.agency.remittance;

import io.recova.agency.money.Money;
import java.util.List;
import java.util.UUID;

/**
 * One creditor's line of a run: {@code payable − uncleared − heldForDebtors − feesNetted −
 * costsNetted − reclaimedNetted = amount}.
 *
 * @param costsNetted the costs the creditor bears (re-billed at cost) deducted from this line
 * @param reclaimedNetted funds remitted earlier from payments the bank took back since (bounced
 *     cheque, chargeback), deducted from this line
 * @param reclaimOutstanding what the creditor still owes back of such funds after this line:
 *     deducted from a later remittance
 * @param payments the payments it pays, each flagged {@code late} when cleared for longer than the
 *     legal delay (R124-6)
 */
public record RemittanceLineView(UUID creditorId, String creditorName, String iban, String bic,
    Money payable, Money uncleared, Money heldForDebtors, Money feesNetted, Money costsNetted,
    Money reclaimedNetted, Money reclaimOutstanding, Money amount, int latePayments,
    List<RemittedPaymentView> payments, UUID ledgerTransactionId) {

  /** What the debtors paid in the payments this line settles. */
  public Money collected() {
    return payments.stream().map(RemittedPaymentView::amount)
        .reduce(Money.zero(amount.currency()), Money::plus);
  }

  /** The fees and VAT kept from those payments, plus the fees owed that the line nets. */
  public Money feesKept() {
    return payments.stream().map(RemittedPaymentView::feesKept)
        .reduce(feesNetted, Money::plus);
  }

  /**
   * The costs deducted: those the creditor bears, netted by this line, and those the debtors'
   * payments repaid to the agency that advanced them.
   */
  public Money costsDeducted() {
    return payments.stream().map(RemittedPaymentView::costsRepaid)
        .reduce(costsNetted, Money::plus);
  }
}
