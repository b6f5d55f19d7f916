package io.recova.agency.ledger;

import io.recova.agency.money.Money;
import java.util.UUID;

/**
 * An account's balance, for one creditor or (creditorId null) for all of them.
 *
 * @param balance debits minus credits for a debit-normal account, credits minus debits otherwise
 */
public record AccountBalance(UUID creditorId, LedgerAccount account, String currency,
    Money debits, Money credits, Money balance) {

  static AccountBalance of(UUID creditorId, LedgerAccount account, Money debits, Money credits) {
    Money balance = account.normalSide() == Side.DEBIT ? debits.minus(credits)
        : credits.minus(debits);
    return new AccountBalance(creditorId, account, debits.currency().getCurrencyCode(), debits,
        credits, balance);
  }
}
