package io.recova.agency.remittance;

import io.recova.agency.money.Money;
import java.util.List;
import java.util.UUID;

/**
 * One creditor's line of a run: {@code payable − uncleared − heldForDebtors − feesNetted =
 * amount}.
 *
 * @param payments the payments it pays, each flagged {@code late} when cleared for longer than the
 *     legal delay (R124-6)
 */
public record RemittanceLineView(UUID creditorId, String creditorName, String iban, String bic,
    Money payable, Money uncleared, Money heldForDebtors, Money feesNetted, Money amount, int latePayments,
    List<RemittedPaymentView> payments, UUID ledgerTransactionId) {}
