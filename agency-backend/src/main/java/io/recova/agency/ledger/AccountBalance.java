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

  /** By creditor, then account, then currency: the order every list of balances is given in. */
  static final java.util.Comparator<AccountBalance> ORDER = java.util.Comparator
      .comparing((AccountBalance b) -> java.util.Objects.toString(b.creditorId(), ""))
      .thenComparing(AccountBalance::account).thenComparing(AccountBalance::currency);

  static AccountBalance of(UUID creditorId, LedgerAccount account, Money debits, Money credits) {
    Money balance = account.normalSide() == Side.DEBIT ? debits.minus(credits)
        : credits.minus(debits);
    return new AccountBalance(creditorId, account, debits.currency().getCurrencyCode(), debits,
        credits, balance);
  }
}
