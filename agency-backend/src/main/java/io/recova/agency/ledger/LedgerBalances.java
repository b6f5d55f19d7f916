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
    Running running = new Running();
    lines.forEach(running::add);
    return running.perCreditor();
  }

  /** Per account and currency, all creditors together. */
  public static List<AccountBalance> totals(List<LedgerLine> lines) {
    Running running = new Running();
    lines.forEach(running::add);
    return running.totals();
  }

  /**
   * Debits and credits summed per creditor, account and currency as lines arrive: the ledger can
   * be read in slices and never held whole.
   */
  static final class Running {
    private final Map<Key, Money[]> sums = new TreeMap<>();

    void add(LedgerLine l) {
      Key key = new Key(Objects.toString(l.creditorId(), ""), l.account(),
          l.amount().currency().getCurrencyCode());
      Money[] dc = sums.computeIfAbsent(key, k -> new Money[] {
          Money.zero(l.amount().currency()), Money.zero(l.amount().currency())});
      int i = l.side() == Side.DEBIT ? 0 : 1;
      dc[i] = dc[i].plus(l.amount());
    }

    List<AccountBalance> perCreditor() {
      return balances(sums);
    }

    List<AccountBalance> totals() {
      Map<Key, Money[]> all = new TreeMap<>();
      sums.forEach((k, dc) -> all.merge(new Key("", k.account(), k.currency()),
          dc.clone(), (a, b) -> new Money[] {a[0].plus(b[0]), a[1].plus(b[1])}));
      return balances(all);
    }

    private static List<AccountBalance> balances(Map<Key, Money[]> sums) {
      List<AccountBalance> balances = new ArrayList<>();
      sums.forEach((k, dc) -> balances.add(AccountBalance.of(
          k.creditor().isEmpty() ? null : UUID.fromString(k.creditor()), k.account(), dc[0],
          dc[1])));
      return balances;
    }
  }
}
