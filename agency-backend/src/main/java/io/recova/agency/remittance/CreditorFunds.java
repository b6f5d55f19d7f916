package io.recova.agency.remittance;

import io.recova.agency.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the ledger holds for one creditor when a run is prepared.
 *
 * @param payable the CREDITOR_PAYABLE balance: collected less fees, VAT and agreed costs, less
 *     what was already remitted
 * @param feesReceivable the FEES_RECEIVABLE balance: fees the creditor owes on payments made to it
 *     directly (or above a small payment), netted against what it is paid
 * @param costsReceivable the COSTS_RECEIVABLE balance: costs the agency advanced that the
 *     creditor bears (re-billed at cost), and cost repayments the debtor made to it directly
 * @param reclaimable the REMITTANCE_RECLAIMABLE balance: funds remitted to the creditor from
 *     payments reversed afterwards (a bounced cheque, a chargeback), which it owes back
 * @param heldForDebtors what payments paid beyond their case's balance (overpayments, DOMAIN
 *     D3): in the payable, but the debtors' money until refunded or applied, never remitted
 * @param open its payments into the trust account not yet on an approved remittance
 */
public record CreditorFunds(UUID creditorId, Money payable, Money feesReceivable,
    Money costsReceivable, Money reclaimable, Money heldForDebtors, List<OpenPayment> open) {

  public CreditorFunds {
    Objects.requireNonNull(creditorId, "creditorId");
    Objects.requireNonNull(payable, "payable");
    Objects.requireNonNull(feesReceivable, "feesReceivable");
    Objects.requireNonNull(costsReceivable, "costsReceivable");
    Objects.requireNonNull(reclaimable, "reclaimable");
    Objects.requireNonNull(heldForDebtors, "heldForDebtors");
    open = List.copyOf(open);
  }
}
