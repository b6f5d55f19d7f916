package io.recova.agency.remittance;

import io.recova.agency.money.Money;
import java.util.UUID;

/**
 * One creditor's line of a run: {@code payable − uncleared − heldForDebtors − feesNetted −
 * costsNetted − reclaimedNetted = amount}. The payments it pays are read page by page
 * ({@code /runs/{id}/lines/{creditorId}/payments}) or on its statement; the line carries their
 * number and totals.
 *
 * @param costsNetted the costs the creditor bears (re-billed at cost) deducted from this line
 * @param reclaimedNetted funds remitted earlier from payments the bank took back since (bounced
 *     cheque, chargeback), deducted from this line
 * @param reclaimOutstanding what the creditor still owes back of such funds after this line:
 *     deducted from a later remittance
 * @param paymentCount how many payments it pays
 * @param latePayments how many of them were cleared for longer than the legal delay (R124-6)
 * @param collected what the debtors paid in those payments
 * @param feesKept the fees and VAT kept from those payments, plus the fees owed that the line nets
 * @param costsDeducted the costs deducted: those the creditor bears, netted by this line, and
 *     those the debtors' payments repaid to the agency that advanced them
 */
public record RemittanceLineView(UUID creditorId, String creditorName, String iban, String bic,
    Money payable, Money uncleared, Money heldForDebtors, Money feesNetted, Money costsNetted,
    Money reclaimedNetted, Money reclaimOutstanding, Money amount, int paymentCount,
    int latePayments, Money collected, Money feesKept, Money costsDeducted,
    UUID ledgerTransactionId) {

  static RemittanceLineView of(RemittanceLine line) {
    return new RemittanceLineView(line.creditorId(), line.creditorName(), line.iban(),
        line.bic().orElse(null), line.payable(), line.uncleared(), line.heldForDebtors(),
        line.feesNetted(), line.costsNetted(), line.reclaimedNetted(), line.reclaimOutstanding(),
        line.amount(), line.paymentCount(), line.lateCount(), line.collected(),
        line.feesKept().plus(line.feesNetted()), line.costsRepaid().plus(line.costsNetted()),
        line.ledgerTransactionId().orElse(null));
  }
}
