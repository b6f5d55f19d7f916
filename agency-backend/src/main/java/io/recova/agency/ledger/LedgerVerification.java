package io.recova.agency.ledger;

import io.recova.agency.money.Money;
import java.util.ArrayList;
import java.util.Currency;
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

  private LedgerVerification() {}

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
    List<String> problems = new ArrayList<>();
    Map<UUID, List<Posting>> byTransaction = new LinkedHashMap<>();
    for (LedgerLine l : lines) {
      if (l.creditorId() == null) {
        problems.add("An entry of " + l.account() + " (" + l.amount()
            + ") belongs to no recorded transaction " + l.transactionId());
      }
      byTransaction.computeIfAbsent(l.transactionId(), k -> new ArrayList<>()).add(l.posting());
    }
    byTransaction.forEach((id, postings) -> {
      if (postings.size() < 2) {
        problems.add("Transaction " + id + " has a single entry");
      }
      Movement.netPerCurrency(postings).forEach((currency, net) -> {
        if (!net.isZero()) {
          problems.add("Transaction " + id + " does not balance in " + currency
              + ": debits exceed credits by " + net);
        }
      });
    });

    List<AccountBalance> perCreditor = LedgerBalances.perCreditor(lines);
    Map<String, Money> sumOfCreditors = new LinkedHashMap<>();
    for (AccountBalance b : perCreditor) {
      sumOfCreditors.merge(b.account() + " " + b.currency(), b.balance(), Money::plus);
      boolean fundsAccount = b.account() == LedgerAccount.CREDITOR_PAYABLE
          || b.account() == LedgerAccount.TRUST_BANK;
      if (fundsAccount && b.balance().isNegative()) {
        problems.add(b.account() + " of creditor " + b.creditorId() + " is overdrawn by "
            + Money.zero(b.balance().currency()).minus(b.balance())
            + ": another creditor's funds would cover it");
      }
    }
    Map<String, Money> fromDatabase = new LinkedHashMap<>();
    for (AccountBalance t : databaseTotals) {
      fromDatabase.put(t.account() + " " + t.currency(), t.balance());
    }
    for (String key : union(sumOfCreditors, fromDatabase)) {
      Money creditors = sumOfCreditors.get(key);
      Money total = fromDatabase.get(key);
      if (creditors == null || total == null || !creditors.equals(total)) {
        problems.add(key + ": the creditors' balances add up to "
            + Objects.toString(creditors, "nothing") + " but the total is "
            + Objects.toString(total, "nothing"));
      }
    }
    Map<String, Map<Currency, Money>> perCreditorNet = new LinkedHashMap<>();
    for (LedgerLine l : lines) {
      perCreditorNet.computeIfAbsent(String.valueOf(l.creditorId()), k -> new LinkedHashMap<>())
          .merge(l.amount().currency(), l.side() == Side.DEBIT ? l.amount()
              : Money.zero(l.amount().currency()).minus(l.amount()), Money::plus);
    }
    perCreditorNet.forEach((creditor, net) -> net.forEach((currency, difference) -> {
      if (!difference.isZero()) {
        problems.add("The entries of creditor " + creditor + " do not balance in " + currency
            + " (" + difference + ")");
      }
    }));
    Map<UUID, List<LedgerLine>> linesOf = new LinkedHashMap<>();
    lines.forEach(l -> linesOf.computeIfAbsent(l.transactionId(), k -> new ArrayList<>()).add(l));
    reversals.forEach((reversal, original) -> {
      List<LedgerLine> both = new ArrayList<>(linesOf.getOrDefault(reversal, List.of()));
      both.addAll(linesOf.getOrDefault(original, List.of()));
      boolean oneCreditor = both.stream().map(LedgerLine::creditorId).distinct().count() == 1;
      boolean cancels = LedgerBalances.perCreditor(both).stream()
          .allMatch(b -> b.balance().isZero());
      if (!oneCreditor || !cancels) {
        problems.add("Transaction " + reversal + " does not exactly cancel the transaction "
            + original + " it reverses");
      }
    });
    return new Report(problems.isEmpty(), byTransaction.size(), lines.size(),
        List.copyOf(problems), LedgerBalances.totals(lines));
  }

  private static List<String> union(Map<String, Money> a, Map<String, Money> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
    return keys;
  }
}
