package io.recova.agency.ledger;

import io.recova.agency.money.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Checks the whole ledger: every transaction balances in each currency and has at least two
 * entries; the per-creditor balances add up to the totals the database computes on its own; no
 * creditor's funds are overdrawn, which would mean another creditor's money paid for them.
 */
public final class LedgerVerification {

  private final Map<UUID, UUID> reversals;
  /** Each transaction of a reversal pair, mapped to its pairs' compensating transactions. */
  private final Map<UUID, List<UUID>> pairsOf = new HashMap<>();
  /** The entries of both transactions of each pair, by compensating transaction. */
  private final Map<UUID, List<LedgerLine>> pairLines = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final LedgerBalances.Running sums = new LedgerBalances.Running();
  private int transactions;
  private int entries;

  /**
   * A verification fed one transaction at a time (see {@link #add}), so that a ledger of
   * millions of entries is read in slices.
   *
   * @param reversals the id of each compensating transaction mapped to the one it reverses
   */
  public LedgerVerification(Map<UUID, UUID> reversals) {
    this.reversals = Map.copyOf(reversals);
    this.reversals.forEach((reversal, original) -> {
      pairsOf.computeIfAbsent(reversal, k -> new ArrayList<>(1)).add(reversal);
      pairsOf.computeIfAbsent(original, k -> new ArrayList<>(1)).add(reversal);
    });
  }

  /**
   * @param balanced true when no problem was found
   * @param problems what is wrong, one line each, in English for the accountant
   */
  public record Report(boolean balanced, int transactions, int entries, List<String> problems,
      List<AccountBalance> totals) {}

  /**
   * @param lines every entry of the ledger with its transaction's creditor
   * @param databaseTotals the balance per account and currency as the database sums it, without
   *     going through the creditors
   */
  public static Report check(List<LedgerLine> lines, List<AccountBalance> databaseTotals) {
    return check(lines, databaseTotals, Map.of());
  }

  /**
   * The same, and each compensating transaction cancels exactly the one it reverses: same
   * creditor, same accounts and amounts on the opposite sides.
   *
   * @param reversals the id of each compensating transaction mapped to the one it reverses
   */
  public static Report check(List<LedgerLine> lines, List<AccountBalance> databaseTotals,
      Map<UUID, UUID> reversals) {
    Map<UUID, List<LedgerLine>> byTransaction = new LinkedHashMap<>();
    lines.forEach(l -> byTransaction.computeIfAbsent(l.transactionId(), k -> new ArrayList<>())
        .add(l));
    LedgerVerification verification = new LedgerVerification(reversals);
    byTransaction.values().forEach(verification::add);
    return verification.report(databaseTotals);
  }

  /**
   * One transaction's entries, all of them: every transaction must be given once, in any order.
   */
  public void add(List<LedgerLine> transaction) {
    if (transaction.isEmpty()) {
      return;
    }
    UUID id = transaction.get(0).transactionId();
    List<Posting> postings = new ArrayList<>(transaction.size());
    for (LedgerLine l : transaction) {
      if (!l.transactionId().equals(id)) {
        throw new IllegalArgumentException("Entries of " + l.transactionId() + " given with "
            + id);
      }
      if (l.creditorId() == null) {
        problems.add("An entry of " + l.account() + " (" + l.amount()
            + ") belongs to no recorded transaction " + l.transactionId());
      }
      postings.add(l.posting());
      sums.add(l);
    }
    transactions++;
    entries += transaction.size();
    if (postings.size() < 2) {
      problems.add("Transaction " + id + " has a single entry");
    }
    Movement.netPerCurrency(postings).forEach((currency, net) -> {
      if (!net.isZero()) {
        problems.add("Transaction " + id + " does not balance in " + currency
            + ": debits exceed credits by " + net);
      }
    });
    for (UUID pair : pairsOf.getOrDefault(id, List.of())) {
      pairLines.computeIfAbsent(pair, k -> new ArrayList<>()).addAll(transaction);
    }
  }

  /**
   * What was found in the transactions given, and the creditors' balances compared with the
   * database's own totals.
   */
  public Report report(List<AccountBalance> databaseTotals) {
    return reportWith(databaseTotals, new ArrayList<>(problems));
  }

  /**
   * The same, and the balances the database keeps per creditor, account and currency as entries
   * are written (V31) equal what the entries given add up to: remittances and payments decide on
   * the kept balances.
   */
  public Report report(List<AccountBalance> databaseTotals, List<AccountBalance> kept) {
    List<String> found = new ArrayList<>(problems);
    Map<String, AccountBalance> fromEntries = new LinkedHashMap<>();
    sums.perCreditor().forEach(b -> fromEntries.put(keyOf(b), b));
    Map<String, AccountBalance> keptByKey = new LinkedHashMap<>();
    kept.forEach(b -> keptByKey.put(keyOf(b), b));
    for (String key : union(fromEntries, keptByKey)) {
      AccountBalance entries = fromEntries.get(key);
      AccountBalance stored = keptByKey.get(key);
      boolean same = entries != null && stored != null
          && entries.debits().equals(stored.debits()) && entries.credits().equals(stored.credits());
      if (!same) {
        found.add("The balance kept for " + key + " is " + describe(stored)
            + " but its entries add up to " + describe(entries));
      }
    }
    return reportWith(databaseTotals, found);
  }

  private static String keyOf(AccountBalance b) {
    return "creditor " + b.creditorId() + " " + b.account() + " " + b.currency();
  }

  private static String describe(AccountBalance b) {
    return b == null ? "nothing" : "debits " + b.debits() + ", credits " + b.credits();
  }

  private Report reportWith(List<AccountBalance> databaseTotals, List<String> found) {
    Map<String, Money> sumOfCreditors = new LinkedHashMap<>();
    Map<String, Map<Currency, Money>> perCreditorNet = new LinkedHashMap<>();
    for (AccountBalance b : sums.perCreditor()) {
      sumOfCreditors.merge(b.account() + " " + b.currency(), b.balance(), Money::plus);
      boolean fundsAccount = b.account() == LedgerAccount.CREDITOR_PAYABLE
          || b.account() == LedgerAccount.TRUST_BANK;
      if (fundsAccount && b.balance().isNegative()) {
        found.add(b.account() + " of creditor " + b.creditorId() + " is overdrawn by "
            + Money.zero(b.balance().currency()).minus(b.balance())
            + ": another creditor's funds would cover it");
      }
      perCreditorNet.computeIfAbsent(String.valueOf(b.creditorId()), k -> new LinkedHashMap<>())
          .merge(b.debits().currency(), b.debits().minus(b.credits()), Money::plus);
    }
    Map<String, Money> fromDatabase = new LinkedHashMap<>();
    for (AccountBalance t : databaseTotals) {
      fromDatabase.put(t.account() + " " + t.currency(), t.balance());
    }
    for (String key : union(sumOfCreditors, fromDatabase)) {
      Money creditors = sumOfCreditors.get(key);
      Money total = fromDatabase.get(key);
      if (creditors == null || total == null || !creditors.equals(total)) {
        found.add(key + ": the creditors' balances add up to "
            + Objects.toString(creditors, "nothing") + " but the total is "
            + Objects.toString(total, "nothing"));
      }
    }
    perCreditorNet.forEach((creditor, net) -> net.forEach((currency, difference) -> {
      if (!difference.isZero()) {
        found.add("The entries of creditor " + creditor + " do not balance in " + currency
            + " (" + difference + ")");
      }
    }));
    reversals.forEach((reversal, original) -> {
      List<LedgerLine> both = pairLines.getOrDefault(reversal, List.of());
      boolean oneCreditor = both.stream().map(LedgerLine::creditorId).distinct().count() == 1;
      boolean cancels = LedgerBalances.perCreditor(both).stream()
          .allMatch(b -> b.balance().isZero());
      if (!oneCreditor || !cancels) {
        found.add("Transaction " + reversal + " does not exactly cancel the transaction "
            + original + " it reverses");
      }
    });
    return new Report(found.isEmpty(), transactions, entries, List.copyOf(found),
        sums.totals());
  }

  private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
    return keys;
  }
}
