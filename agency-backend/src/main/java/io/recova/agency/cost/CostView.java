package io.recova.agency.cost;

import io.recova.agency.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A cost advanced on a case, as the API, the judicial tab and the audit trail show it.
 *
 * @param debtorShare added to what the debtor owes and recovered first from its payments (D3)
 * @param debtorWithinAward the part of it a judgment's award already counts on the balance
 * @param creditorShare re-billed to the creditor at cost, netted from its next remittance
 * @param agencyShare borne by the agency, as its mandate says
 * @param reason why it splits so, with its source, in English
 * @param reasonCode the same reason as a constant a screen translates
 * @param reversal null unless the cost was reversed as entered by mistake
 */
public record CostView(UUID id, UUID caseId, CostKind kind, Money amountExclVat, Money vat,
    Money total, String supplier, LocalDate incurredOn, UUID judicialStepId, String reference,
    Money debtorShare, Money debtorWithinAward, Money creditorShare, Money agencyShare,
    String reason, CostReason reasonCode, String recordedBy, Instant recordedAt, UUID ledgerTransactionId,
    Reversal reversal) {

  public record Reversal(String reason, String reversedBy, Instant reversedAt,
      UUID ledgerTransactionId) {}

  public boolean reversed() {
    return reversal != null;
  }
}
