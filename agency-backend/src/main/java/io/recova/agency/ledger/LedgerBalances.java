package io.recova.agency.ledger;

import io.recova.agency.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/** Sums ledger lines into account balances, per creditor or in total. */
public final class LedgerBalances {

  private LedgerBalances() {}

  private record Key(String creditor, LedgerAccount account, String currency)
      implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      return Comparator.comparing(Key::creditor)
          .thenComparing(Key::account)
          .thenComparing(Key::currency)
          .compare(this, o);
    }
  }

  /** Per creditor, account and currency, in that order. */
  public static List<AccountBalance> perCreditor(List<LedgerLine> lines) {
    return sum(lines, true);
  }

  /** Per account and currency, all creditors together. */
  public static List<AccountBalance> totals(List<LedgerLine> lines) {
    return sum(lines, false);
  }

  private static List<AccountBalance> sum(List<LedgerLine> lines, boolean perCreditor) {
    Map<Key, Money[]> sums = new TreeMap<>();
    for (LedgerLine l : lines) {
      Key key = new Key(perCreditor ? Objects.toString(l.creditorId(), "") : "", l.account(),
          l.amount().currency().getCurrencyCode());
      Money[] dc = sums.computeIfAbsent(key, k -> new Money[] {
          Money.zero(l.amount().currency()), Money.zero(l.amount().currency())});
      int i = l.side() == Side.DEBIT ? 0 : 1;
      dc[i] = dc[i].plus(l.amount());
    }
    List<AccountBalance> balances = new ArrayList<>();
    sums.forEach((k, dc) -> balances.add(AccountBalance.of(
        k.creditor().isEmpty() ? null : UUID.fromString(k.creditor()), k.account(), dc[0],
        dc[1])));
    return balances;
  }
}
