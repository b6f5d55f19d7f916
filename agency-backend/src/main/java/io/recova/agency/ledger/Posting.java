package io.recova.agency.ledger;

import io.recova.agency.money.Money;
import java.util.Objects;

/**
 * One line of a movement: an amount, always above zero, on one side of one account. The side
 * carries the direction, so an amount is never negative.
 */
public record Posting(LedgerAccount account, Side side, Money amount) {

  public Posting {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(amount, "amount");
    if (amount.isZero() || amount.isNegative()) {
      throw new IllegalArgumentException("A ledger entry is above zero: " + amount);
    }
  }

  public static Posting debit(LedgerAccount account, Money amount) {
    return new Posting(account, Side.DEBIT, amount);
  }

  public static Posting credit(LedgerAccount account, Money amount) {
    return new Posting(account, Side.CREDIT, amount);
  }

  /** The same amount on the same account, on the other side: what a reversal posts. */
  public Posting opposite() {
    return new Posting(account, side.opposite(), amount);
  }

  /** The amount as it moves the account's balance: positive on its normal side. */
  public Money signedForBalance() {
    return side == account.normalSide() ? amount : Money.zero(amount.currency()).minus(amount);
  }
}
