package io.recova.agency.ledger;

import io.recova.agency.money.Money;
import java.util.UUID;

/**
 * An entry with the transaction it belongs to and that transaction's creditor, as the balances
 * and the verifier read the ledger.
 *
 * @param creditorId null when the entry's transaction cannot be found
 */
public record LedgerLine(UUID transactionId, UUID creditorId, LedgerAccount account, Side side,
    Money amount) {

  public Posting posting() {
    return new Posting(account, side, amount);
  }
}
